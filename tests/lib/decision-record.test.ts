import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import { ARTICLE } from '../../src/data/source';
import { buildDecisionRecord, decisionRecordFileName } from '../../src/lib/decision-record';
import { scoreAnswers } from '../../src/scoring/score-answers';

describe('decision record', () => {
  const input = {
    answers: { build: 'wasm', speed: 'throughput', team: 'not-sure' },
    important: ['build'],
  };
  const markdown = buildDecisionRecord({
    input,
    result: scoreAnswers(input, QUIZ_QUESTIONS),
    questions: QUIZ_QUESTIONS,
    date: '2026-11-29',
    datasetVersion: '1.0.0',
    source: ARTICLE,
    shareUrl: 'https://example.test/quiz/result?a=1D---b-0--',
  });

  it('records the recommendation, scores, date and data version', () => {
    expect(markdown).toMatch(/^# Go or Rust\? Decision record\n/);
    expect(markdown).toContain('Date: 2026-11-29');
    expect(markdown).toContain('Dataset version: 1.0.0 (data as of 2026-11-02)');
    // Two answers with seven questions open: the record, like the page, names no language yet.
    expect(markdown).toContain('## Rust leads so far, with 7 questions to go');
    expect(markdown).toContain('so this is not a recommendation yet');
    expect(markdown).toContain('- Confidence: not settled');
    expect(markdown).toContain('- Go: 25 / 100');
    expect(markdown).toContain('- Rust: 75 / 100');
    expect(markdown).toContain('- Answered: 2 of 10 (1 not sure, 7 unanswered)');
  });

  it('lists every reason with its points and every answer', () => {
    expect(markdown).toContain(
      '| +6 Rust | What you want to build (counts double) | WebAssembly is a named Rust strength',
    );
    expect(markdown).toContain('| +2 Go | Raw speed and predictable latency |');
    expect(markdown).toContain(
      '1. What do you most want to build? **WebAssembly for the browser** (matters a lot)',
    );
    expect(markdown).toContain(
      '8. What kind of team do you expect to work in? **Not sure / no preference**',
    );
    expect(markdown).toContain('2. Which matters more to you in a job search? **Not answered**');
  });

  it('says what would change the result and links back to it', () => {
    expect(markdown).toMatch(
      /## What would change this\n\nAny one of these changes would put Go ahead:\n\n- .+Go would lead/,
    );
    expect(markdown).toContain('Share link: https://example.test/quiz/result?a=1D---b-0--');
  });

  it('names the file after the date', () => {
    expect(decisionRecordFileName('2026-11-29')).toBe('go-or-rust-decision-2026-11-29.md');
  });
});
