import { describe, expect, it } from 'vitest';
import { localReason, NETWORK_REASONS } from './network.ts';

describe('localReason', () => {
  it('says a refused connection in Dutch, inside a longer line too', () => {
    expect(localReason(NETWORK_REASONS.refused.en, 'nl')).toBe('verbinding geweigerd (draait de server wel?)');
    expect(localReason('cannot send the sort to http://127.0.0.1:9: connection refused (is the server running?)', 'nl')).toBe(
      'kan de sortering niet versturen naar http://127.0.0.1:9: verbinding geweigerd (draait de server wel?)',
    );
  });

  it('leaves English and unknown words as they are', () => {
    expect(localReason('the server is busy (503 Service Unavailable)', 'en')).toBe('the server is busy (503 Service Unavailable)');
    expect(localReason('the server is busy (503 Service Unavailable)', 'nl')).toBe('de server heeft het druk (503 Service Unavailable)');
    expect(localReason('something else', 'nl')).toBe('something else');
  });

  it('has a Dutch text for every reason, different from the English', () => {
    for (const { en, nl } of Object.values(NETWORK_REASONS)) {
      expect(nl).not.toBe(en);
      expect(localReason(en, 'nl')).toBe(nl);
    }
  });
});
