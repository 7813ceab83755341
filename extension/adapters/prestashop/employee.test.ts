import { describe, expect, it } from 'vitest';
import { derivePerObservation, loadFixture } from '../testing.ts';

describe('prestashop.employee', () => {
  it('reads the employee and profile, never the password', () => {
    const { observations } = loadFixture('prestashop/back-office.json');
    const results = derivePerObservation(observations, ['prestashop']);
    expect(results[10]).toEqual([
      {
        kind: 'settings.changed',
        data: {
          area: 'employee',
          changes: {
            employeeId: 'new',
            firstname: 'Camille',
            lastname: 'Martin',
            email: 'camille@example.org',
            profile: '4',
            active: true,
          },
        },
      },
    ]);
    expect(JSON.stringify(results[10])).not.toMatch(/password|masqué/);
  });
});
