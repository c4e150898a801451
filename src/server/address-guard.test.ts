import { describe, expect, test } from 'vitest';
import { assertPublicUrl, isPrivateAddress } from './address-guard.ts';

describe('address guard', () => {
  test.each([
    ['127.0.0.1', true], ['10.1.2.3', true], ['172.20.0.1', true], ['192.168.1.1', true], ['169.254.169.254', true],
    ['0.0.0.0', true], ['::1', true], ['fd00::1', true], ['fe80::1', true], ['::ffff:127.0.0.1', true],
    ['8.8.8.8', false], ['151.101.1.69', false], ['2a00:1450:4001::1', false],
  ])('%s private: %s', (address, expected) => {
    expect(isPrivateAddress(address)).toBe(expected);
  });

  test('URLs that name local hosts are refused', async () => {
    await expect(assertPublicUrl('http://127.0.0.1:8080/x')).rejects.toThrow(/private or local/);
    await expect(assertPublicUrl('http://localhost/x')).rejects.toThrow(/private or local|cannot resolve/);
    await expect(assertPublicUrl('http://[::1]/x')).rejects.toThrow(/private or local/);
  });
});
