/** The four routes of a workshop. The facilitator key travels in the fragment, which browsers never send to a server. */
import type { WorkshopLinks } from './schemas/rest.ts';

export function workshopLinks(baseUrl: string, code: string, facilitatorKey: string): WorkshopLinks {
  return {
    facilitate: `${baseUrl}/w/${code}/facilitate#key=${facilitatorKey}`,
    join: `${baseUrl}/w/${code}`,
    screen: `${baseUrl}/w/${code}/screen`,
    follow: `${baseUrl}/w/${code}/follow`,
  };
}
