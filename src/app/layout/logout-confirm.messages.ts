import type { Translation } from '@/shared/i18n'

const nl = {
  app: {
    logoutConfirm: {
      title: 'Toch uitloggen?',
      text: 'U heeft 1 verzoek dat nog niet is verstuurd, omdat u offline was. Als u nu uitlogt, wordt het niet verstuurd en verwijderen we het van dit apparaat. | U heeft {count} verzoeken die nog niet zijn verstuurd, omdat u offline was. Als u nu uitlogt, worden ze niet verstuurd en verwijderen we ze van dit apparaat.',
      confirm: 'Toch uitloggen',
      cancel: 'Niet uitloggen',
    },
  },
}

const en: Translation<typeof nl> = {
  app: {
    logoutConfirm: {
      title: 'Log out anyway?',
      text: 'You have 1 request that has not been sent yet, because you were offline. If you log out now, it will not be sent and we delete it from this device. | You have {count} requests that have not been sent yet, because you were offline. If you log out now, they will not be sent and we delete them from this device.',
      confirm: 'Log out anyway',
      cancel: 'Do not log out',
    },
  },
}

export const logoutConfirmMessages = { nl, en }
