/** The links to hand out: fetched from the server, so a console opened on localhost still shows the venue address. */
import { useEffect, useState } from 'react';
import { fetchJoinLinks, type JoinLinks } from '../net/join-links.ts';

/** Until the server answers (or if it cannot), the page's own address. */
export function useJoinLinks(code: string): JoinLinks {
  const own = `${location.origin}/w/${code}`;
  const [links, setLinks] = useState<JoinLinks>({ join: own, follow: `${own}/follow`, loopbackOnly: false });
  useEffect(() => {
    let live = true;
    const load = () => void fetchJoinLinks(location.origin, code).then((l) => live && l && setLinks(l));
    load();
    // A laptop that joins the venue network after the console opened gets the new address.
    window.addEventListener('online', load);
    return () => {
      live = false;
      window.removeEventListener('online', load);
    };
  }, [code]);
  return links;
}
