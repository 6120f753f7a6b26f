// The app already asked "Wilt u uitloggen?", so confirm the DigiD logout straight away.
// An external file because the CSP allows no inline scripts; without JavaScript the button still works.
const form = document.getElementById('op.logoutForm')
if (form instanceof HTMLFormElement) {
  const logout = document.createElement('input')
  logout.type = 'hidden'
  logout.name = 'logout'
  logout.value = 'yes'
  form.append(logout)
  form.submit()
}
