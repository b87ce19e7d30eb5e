/** Every question answered with its Go option: a clear "Learn Go", used wherever a test needs one. */
export const ALL_GO_ANSWERS: Readonly<Record<string, string>> = {
  build: 'backend',
  'jobs-or-pay': 'openings',
  'ramp-up': 'weeks',
  'learning-curve': 'gentle',
  speed: 'throughput',
  concurrency: 'goroutines',
  'memory-bugs': 'manageable',
  team: 'large-mixed',
  'systems-experience': 'new',
  velocity: 'velocity',
};

/** Every question answered with its Rust option: a clear "Learn Rust". */
export const ALL_RUST_ANSWERS: Readonly<Record<string, string>> = {
  build: 'systems',
  'jobs-or-pay': 'top-pay',
  'ramp-up': 'long-term',
  'learning-curve': 'enjoy',
  speed: 'critical',
  concurrency: 'checked-async',
  'memory-bugs': 'severe',
  team: 'small-expert',
  'systems-experience': 'experienced',
  velocity: 'guarantees',
};
