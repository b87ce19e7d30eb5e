import { describe, expect, it } from 'vitest';
import { QUIZ_QUESTIONS } from '../../src/data/quiz-questions';
import type { QuizInput } from '../../src/data/quiz-input-schema';
import { ARTICLE } from '../../src/data/source';
import { describeResultPicture, PICTURE_REASONS } from '../../src/lib/result-picture';
import { formatPoints, headlineFor } from '../../src/scoring/describe';
import { scoreAnswers } from '../../src/scoring/score-answers';
import { ALL_GO_ANSWERS, ALL_RUST_ANSWERS } from '../quiz-answer-sets';

const picture = (input: QuizInput) => {
  const result = scoreAnswers(input, QUIZ_QUESTIONS);
  return {
    result,
    content: describeResultPicture({
      result,
      questions: QUIZ_QUESTIONS,
      source: ARTICLE,
      quizAddress: 'go-or-rust.example/quiz',
    }),
  };
};

// Every question answered for Go, one of them marked as mattering a lot.
const ALL_GO: QuizInput = {
  answers: { ...ALL_GO_ANSWERS },
  important: ['team'],
};

describe('the picture of a result', () => {
  it('holds the headline, both scores, margin, confidence and answered count from the scoring', () => {
    const { result, content } = picture(ALL_GO);
    expect(content.headline).toBe(headlineFor(result));
    expect(content.headline).toBe('Learn Go');
    expect(content.accent).toBe('go');
    expect(content.band).toEqual(['go']);
    expect(content.scores).toEqual([
      { language: 'go', name: 'Go', score: result.goScore },
      { language: 'rust', name: 'Rust', score: result.rustScore },
    ]);
    expect(content.facts).toEqual([
      { label: 'Margin', value: `${result.margin} points` },
      { label: 'Confidence', value: result.confidence },
      { label: 'Answered', value: `10 of ${result.totalQuestions}` },
    ]);
  });

  it('shows the three largest reasons with their signed points, a doubled one marked', () => {
    const { result, content } = picture(ALL_GO);
    expect(content.reasons).toHaveLength(PICTURE_REASONS);
    expect(content.reasonsTitle).toBe(`The 3 biggest reasons, of ${result.contributions.length}`);
    content.reasons.forEach((reason, i) => {
      const contribution = result.contributions[i];
      expect(reason.points).toBe(formatPoints(contribution?.points ?? 0));
      expect(reason.reason).toBe(contribution?.reason);
      expect(reason.side).toBe('go');
    });
    // "team" doubled to 4 points is the largest, so it comes first.
    expect(content.reasons[0]).toMatchObject({
      points: '+4 Go',
      doubled: true,
      answer: `${QUIZ_QUESTIONS.find((q) => q.id === 'team')?.factor}: A large team that brings on juniors often`,
    });
    expect(content.reasons[1]?.doubled).toBe(false);
  });

  it('colours a Rust result and a close call by the language to start with', () => {
    const rust = picture({ answers: { ...ALL_RUST_ANSWERS }, important: [] });
    expect(rust.result.outcome).toBe('rust');
    expect(rust.content.headline).toBe('Learn Rust');
    expect(rust.content.accent).toBe('rust');
    expect(rust.content.reasons.map((r) => r.points)).toEqual(['+3 Rust', '+3 Rust', '+3 Rust']);
    expect(rust.content.reasonsTitle).toBe('The 3 biggest reasons, of 10');

    // Go 8 against Rust 6, the rest "not sure" (the close call of the quiz journeys).
    const close = picture({
      answers: {
        build: 'backend',
        'jobs-or-pay': 'openings',
        'ramp-up': 'not-sure',
        'learning-curve': 'enjoy',
        speed: 'not-sure',
        concurrency: 'goroutines',
        'memory-bugs': 'severe',
        team: 'not-sure',
        'systems-experience': 'not-sure',
        velocity: 'guarantees',
      },
      important: [],
    });
    expect(close.result.outcome).toBe('close-call');
    expect(close.content.headline).toBe(headlineFor(close.result));
    expect(close.content.band).toEqual([
      close.result.startWith,
      close.result.startWith === 'go' ? 'rust' : 'go',
    ]);
  });

  it('names no language while the lead is open, and says so when no answer leaned', () => {
    const open = picture({ answers: { build: 'backend' }, important: [] });
    expect(open.result.settled).toBe(false);
    expect(open.content.headline).toBe(headlineFor(open.result));
    expect(open.content.headline).toMatch(/so far/);
    expect(open.content.reasonsTitle).toBe('The one reason');

    const none = picture({ answers: {}, important: [] });
    expect(none.content.accent).toBeNull();
    expect(none.content.band).toEqual([]);
    expect(none.content.reasons).toEqual([]);
    expect(none.content.reasonsTitle).toBe('Reasons');
    expect(none.content.noReasons).toMatch(/No answer leaned either way/);
  });

  it('ends with the source line and names its file and share words', () => {
    const { result, content } = picture(ALL_GO);
    expect(content.source).toBe(
      `Derived by us from “${ARTICLE.title}”, ${ARTICLE.publisher}, as of 2 November 2026`,
    );
    expect(content.brand.map((part) => part.text).join('')).toBe('Go or Rust?');
    expect(content.invitation).toBe('Take the quiz: go-or-rust.example/quiz');
    expect(content.fileName).toBe('go-or-rust-result.png');
    expect(content.shareText).toBe(
      `Learn Go: Go ${result.goScore}, Rust ${result.rustScore} out of 100.`,
    );
  });
});
