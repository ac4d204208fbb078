/** A board's title and prompt above what the room screen shows of it. */
import type { ReactNode } from 'react';

export function BoardHeading({ title, prompt }: { title: ReactNode; prompt?: string }) {
  return (
    <header className="pboard-header">
      <h2>{title}</h2>
      {prompt && <p className="pboard-prompt">{prompt}</p>}
    </header>
  );
}
