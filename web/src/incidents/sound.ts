// A short beep for a new incident, made by WebAudio (no sound file). Browsers
// start audio only after the user has touched the page: the first click or
// key on the board unlocks it; before that a beep is skipped silently.

type AudioCtor = typeof AudioContext;

let ctx: AudioContext | null = null;

function audioCtor(): AudioCtor | null {
  const w = globalThis as unknown as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor };
  return w.AudioContext ?? w.webkitAudioContext ?? null;
}

/** Creates (or resumes) the audio context from a user gesture. */
export function unlockAudio(): void {
  const Ctor = audioCtor();
  if (!Ctor) return;
  try {
    ctx ??= new Ctor();
    if (ctx.state === 'suspended') void ctx.resume().catch(() => undefined);
  } catch {
    ctx = null; // no audio on this device
  }
}

/** Two short tones (880 Hz then 660 Hz, 0.3 s); true when it could play. */
export function beep(): boolean {
  if (!ctx || ctx.state !== 'running') return false;
  try {
    const now = ctx.currentTime;
    const gain = ctx.createGain();
    gain.connect(ctx.destination);
    gain.gain.setValueAtTime(0.0001, now);
    gain.gain.exponentialRampToValueAtTime(0.25, now + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.32);
    for (const [freq, start] of [
      [880, 0],
      [660, 0.15],
    ] as const) {
      const osc = ctx.createOscillator();
      osc.type = 'sine';
      osc.frequency.setValueAtTime(freq, now + start);
      osc.connect(gain);
      osc.start(now + start);
      osc.stop(now + start + 0.15);
    }
    return true;
  } catch {
    return false;
  }
}
