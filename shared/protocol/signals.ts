/** The room's signals: what a participant is told of their own "I'm done" ticks. */
export interface SignalsFacts {
  /** The steps this participant ticked done in, on connect (each tick's ack carries later changes). Never broadcast. */
  'done:mine': (steps: string[]) => void;
}
