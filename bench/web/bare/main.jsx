import { render } from 'preact';
import { useState } from 'preact/hooks';

function Hello() {
  const [n, setN] = useState(0);
  return (
    <main>
      <h1>Hello</h1>
      <button type="button" onClick={() => setN(n + 1)}>
        Pressed {n} times
      </button>
    </main>
  );
}

render(<Hello />, document.getElementById('app'));
