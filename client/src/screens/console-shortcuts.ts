/** The facilitator console's keys: move through the agenda and run the timer without the mouse. */
import { useMemo } from 'react';
import type { Intents } from '../net/commands.ts';
import { useConnectionHandle } from '../ui/connection-handle.ts';
import { openProjector } from '../ui/SharePanel.tsx';
import type { Shortcut } from '../ui/shortcuts.ts';

export function useConsoleShortcuts(code: string): Shortcut[] {
  const connection = useConnectionHandle();
  return useMemo(() => {
    // Before the connection exists a key does nothing, as a button does before it can answer.
    const send = (act: (c: Intents) => unknown) => () => void (connection && act(connection.intents));
    return [
      { keys: ['n', 'ArrowRight'], label: 'shortcut.next', run: send((c) => c.agenda.next()) },
      { keys: ['p', 'ArrowLeft'], label: 'shortcut.previous', run: send((c) => c.agenda.previous()) },
      { keys: ['t'], label: 'shortcut.timer', run: send((c) => c.timer.toggle()) },
      { keys: ['+', '='], label: 'shortcut.plus', run: send((c) => c.timer.adjust(1)) },
      { keys: ['-'], label: 'shortcut.minus', run: send((c) => c.timer.adjust(-1)) },
      { keys: ['s'], label: 'shortcut.projector', run: () => openProjector(code) },
    ];
  }, [connection, code]);
}
