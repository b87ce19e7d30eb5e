import { FAQ } from '../../data/guide';

export function FaqSection() {
  return (
    <section className="section" aria-labelledby="faq-title">
      <h2 id="faq-title">Questions people ask</h2>
      <div className="faq">
        {FAQ.map((item) => (
          <details key={item.id} id={`faq-${item.id}`}>
            <summary>{item.question}</summary>
            <p>{item.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
