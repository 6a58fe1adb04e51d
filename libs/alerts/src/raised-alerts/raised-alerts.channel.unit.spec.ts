import { FORCES } from '#forces';
import { forcesNotified, includesForce, notificationOf } from './raised-alerts.channel.js';

describe('the raised-alerts notification', () => {
  test('given the forces of a batch, it names each once, sorted, and is read back as the same forces', () => {
    const payload = notificationOf(['sussex', 'kent', 'sussex', 'metropolitan']);
    expect(payload).toBe('kent,metropolitan,sussex');
    const forces = forcesNotified(payload);
    expect(includesForce(forces, 'kent')).toBe(true);
    expect(includesForce(forces, 'surrey')).toBe(false);
  });

  test.each(['', ',,', 'NOT A FORCE', '{"json":true}'])('given a payload naming no force (%j), every force is woken', (payload) => {
    expect(forcesNotified(payload)).toBe('every-force');
    expect(includesForce(forcesNotified(payload), 'kent')).toBe(true);
  });

  test('every force code fits well inside a NOTIFY payload (8000 bytes), and each reads back', () => {
    const payload = notificationOf(FORCES.map((force) => force.code));
    expect(Buffer.byteLength(payload)).toBeLessThan(8000);
    const forces = forcesNotified(payload);
    for (const force of FORCES) expect(includesForce(forces, force.code)).toBe(true);
  });
});
