/** The facilitator console's keys: move through the agenda and run the timer without the mouse. */
import { useMemo } from 'react';
import { agendaIntents } from '../features/agenda/intents.ts';
import { timerIntents } from '../features/timer/intents.ts';
import { useConnectionHandle } from '../ui/connection-handle.ts';
import { openProjector } from '../ui/SharePanel.tsx';
import type { Shortcut } from '../ui/shortcuts.ts';

export function useConsoleShortcuts(code: string): Shortcut[] {
  const connection = useConnectionHandle();
  return useMemo(() => {
    const agenda = agendaIntents(connection);
    const timer = timerIntents(connection);
    return [
      { keys: ['n', 'ArrowRight'], label: 'shortcut.next', run: () => void agenda.next() },
      { keys: ['p', 'ArrowLeft'], label: 'shortcut.previous', run: () => void agenda.previous() },
      { keys: ['t'], label: 'shortcut.timer', run: () => void timer.toggle() },
      { keys: ['+', '='], label: 'shortcut.plus', run: () => void timer.adjust(1) },
      { keys: ['-'], label: 'shortcut.minus', run: () => void timer.adjust(-1) },
      { keys: ['s'], label: 'shortcut.projector', run: () => openProjector(code) },
    ];
  }, [connection, code]);
}
