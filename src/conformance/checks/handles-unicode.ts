import { callbackFor } from './story.js';
import type { ProboStatus } from '../../contract/index.js';
import type { Check } from '../check.js';

/** Texts a real shop's references and Probo's messages can carry. */
const TEXTS: { what: string; text: string; status: ProboStatus }[] = [
  { what: 'accents', text: 'Bannière für Jürgen Ærøskøbing, façade café', status: 'queued' },
  { what: 'CJK', text: '横断幕 注文 テスト 배너 주문', status: 'accepted' },
  { what: 'emoji', text: 'Banner 🖨️ for 👩🏽‍💻 team 🎉', status: 'in_production' },
  { what: 'right-to-left text', text: 'لافتة للعميل شلט ללקוח', status: 'logistics' },
  {
    what: 'quotes and backslashes',
    text: 'He said "print it" \\ C:\\temp\\new \'now\'',
    status: 'shipment_created',
  },
];

export const handlesUnicode: Check = {
  id: 'handles-unicode',
  title: 'Accepts references and messages in any script',
  sends:
    'messages whose order reference and message carry accents, CJK, emoji, right-to-left text, quotes and backslashes',
  expects: 'a 2xx answer to each',
  bug: 'Text stored in a MySQL utf8 (3-byte) column: an emoji in a reference makes the insert fail.',
  hint: 'Decode bodies as UTF-8 and store text in a full Unicode column (e.g. MySQL utf8mb4, not utf8), escaping nothing by hand.',
  async run(ctx) {
    for (const { what, text, status } of TEXTS) {
      const order = await ctx.newOrder(text);
      const body = callbackFor(order, status, { message: text });
      ctx.expectOk(await ctx.deliver(body), `${status} with ${what} in reference and message`);
    }
  },
};
