/** Starts the follow screen from the page's first-view data: the app's first render shows what the page showed. */
import { setClockOffset } from '../stores/connection.ts';
import { seedWorkshop } from '../stores/workshop.ts';
import { readFirstView } from './data.ts';

/** Seeds the stores when the page carries first-view data; the replica replaces it once synced. */
export function seedFirstView(): void {
  const view = readFirstView(document);
  if (!view) return;
  setClockOffset(view.clockOffsetMs);
  seedWorkshop(view.state);
}
