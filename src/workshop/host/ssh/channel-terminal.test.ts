import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChannelKeys, ChannelScreen, filterKeys } from './channel-terminal.ts';

class FakeChannel extends EventEmitter {
  written = '';
  full = false;
  destroyed = false;
  write(data: string): boolean {
    this.written += data;
    return !this.full;
  }
}

describe('filterKeys', () => {
  it('drops Ctrl-Z and Ctrl-\\ (readline would stop the whole server process), keeps everything else in order', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const { keys, stop } = filterKeys(bytes);
        expect([...keys].some((b) => b === 0x1a || b === 0x1c)).toBe(false);
        expect(stop).toBe(bytes.includes(0x04));
        const before = bytes.includes(0x04) ? bytes.subarray(0, bytes.indexOf(0x04)) : bytes;
        expect([...keys]).toEqual([...before].filter((b) => b !== 0x1a && b !== 0x1c));
      }),
    );
  });

  it('stops at Ctrl-D (an empty-line Ctrl-D would leave the prompt waiting forever); arrows and UTF-8 pass whole', () => {
    expect(filterKeys(Buffer.from('ab\x04cd'))).toEqual({ keys: Buffer.from('ab'), stop: true });
    expect(filterKeys(Buffer.from('\x1b[C\x1aé\x1c'))).toEqual({ keys: Buffer.from('\x1b[Cé'), stop: false });
  });
});

describe('ChannelScreen and ChannelKeys', () => {
  it('writes \\r\\n for \\n, ignores end(), follows window changes, waits for drain', async () => {
    const channel = new FakeChannel();
    const screen = new ChannelScreen(channel, { columns: 80, rows: 24 });
    screen.write('a\nb\r\nc');
    screen.end();
    expect(screen.writable).toBe(true);
    let resized = 0;
    screen.on('resize', () => resized++);
    screen.resize({ columns: 120, rows: 40 });
    screen.resize({ columns: 120, rows: 40 });
    expect([screen.columns, screen.rows, resized, screen.isTTY]).toEqual([120, 40, 1, true]);
    channel.full = true;
    let done = false;
    screen.write('x', () => (done = true));
    screen.write('y');
    await new Promise((r) => setImmediate(r));
    expect([done, channel.written]).toEqual([false, 'a\r\nb\r\ncx']);
    channel.emit('drain');
    await new Promise((r) => setImmediate(r));
    expect([done, channel.written]).toEqual([true, 'a\r\nb\r\ncxy']);
    screen.close();
    screen.write('gone');
    await new Promise((r) => setImmediate(r));
    expect(channel.written).toBe('a\r\nb\r\ncxy');
  });

  it('the keys look like a raw terminal', () => {
    const keys = new ChannelKeys();
    expect(keys.isTTY).toBe(true);
    expect(keys.setRawMode(true).isRaw).toBe(true);
  });
});
