import type { httpMessagesNl } from './http.messages'

/** English, loaded only when someone chooses it: Dutch is the source and the first load. */
export const httpMessagesEn: typeof httpMessagesNl = {
  http: {
    errors: {
      offline: {
        title: 'This cannot be loaded right now',
        detail: 'There is no internet connection. Try again as soon as you are back online.',
      },
      network: {
        title: 'No connection to the service',
        detail: 'We could not reach the service. Check your internet connection and try again.',
      },
      timeout: {
        title: 'This is taking too long',
        detail: 'The service did not answer in time. Please try again in a few minutes.',
      },
      service: {
        title: 'There is a problem with the service',
        detail: 'Please try again in a few minutes.',
        detailSeconds: 'Please try again in {seconds} seconds.',
        detailMinutes: 'Please try again in {minutes} minutes.',
      },
      malformed: {
        title: 'Something went wrong',
        detail: 'We could not read the information properly. Please try again in a few minutes.',
      },
      unauthorized: {
        title: 'Your session has expired',
        detail: 'Your session has expired. Please log in again.',
      },
      forbidden: {
        title: 'You do not have access',
        detail:
          'You may not view or change this. Are you acting for someone else? Then check that your authorisation covers this.',
      },
      notFound: {
        title: 'We cannot find this',
        detail: 'It may have been moved or removed. Go back to the overview and look there.',
      },
      rateLimited: {
        title: 'Please wait a moment',
        detail: 'You made many requests in a short time. Wait a moment and then try again.',
        detailSeconds: 'You made many requests in a short time. Please try again in {seconds} seconds.',
        detailMinutes: 'You made many requests in a short time. Please try again in {minutes} minutes.',
      },
      validation: {
        title: 'Check your details',
        detail: 'Not everything has been filled in correctly. Correct the fields with an error message and send it again.',
      },
      conflict: {
        title: 'The information has just changed',
        detail: 'This has already been changed or sent. Reload the page and check that everything is right.',
      },
      generic: {
        title: 'Something went wrong',
        detail: 'Please try again. Does it still not work? Then try again in a few minutes.',
      },
    },
  },
}
