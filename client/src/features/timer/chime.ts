/**
 * A short chime when the countdown reaches zero, made with Web Audio (no file to download).
 * Browsers keep audio silent until a person interacts with the page, so the first click or
 * key press on the projector unlocks it.
 */
import { useEffect, useRef } from 'react';
import type { Timer } from '../../../../shared/model.ts';

let context: AudioContext | null = null;

function audio(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

/** Three rising beeps, about a second in all. */
export function playChime(): void {
  const ctx = audio();
  if (!ctx) return;
  void ctx.resume();
  [0, 0.3, 0.6].forEach((offset, i) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 660 + i * 220;
    gain.gain.setValueAtTime(0.0001, ctx.currentTime + offset);
    gain.gain.exponentialRampToValueAtTime(0.4, ctx.currentTime + offset + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, ctx.currentTime + offset + 0.25);
    osc.connect(gain).connect(ctx.destination);
    osc.start(ctx.currentTime + offset);
    osc.stop(ctx.currentTime + offset + 0.3);
  });
}

/** Chimes once when a running countdown crosses zero while this page watches it. */
export function useEndChime(enabled: boolean, timer: Timer | null, remainingMs: number): void {
  const last = useRef<{ version: number; remaining: number } | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const unlock = () => void audio()?.resume();
    document.addEventListener('pointerdown', unlock, { once: true });
    document.addEventListener('keydown', unlock, { once: true });
    return () => {
      document.removeEventListener('pointerdown', unlock);
      document.removeEventListener('keydown', unlock);
    };
  }, [enabled]);
  useEffect(() => {
    const prev = last.current;
    last.current = timer ? { version: timer.version, remaining: remainingMs } : null;
    if (!enabled || !timer || timer.status !== 'running' || !prev) return;
    // The server marking the end bumps the version; the crossing itself is what chimes.
    const sameCountdown = prev.version === timer.version || timer.endedAt !== null;
    if (sameCountdown && prev.remaining > 0 && remainingMs <= 0) playChime();
  }, [enabled, timer, remainingMs]);
}
