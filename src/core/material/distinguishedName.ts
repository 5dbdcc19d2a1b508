import { encoded, oid, sequence, set, stringValue, type Asn1Node } from './asn1.js';
import { NAME_ATTRIBUTE_OIDS } from './oids.js';
import { oneLine } from './materialError.js';

/**
 * A distinguished name as one short line in encoding order, e.g. "CN=ci-runner, O=Example",
 * the way people read it off `openssl x509 -subject`. Values come from certificates the user
 * chose, so they are made single-line before they can reach a message.
 */
export function formatName(name: Asn1Node): string {
  return sequence(name, 'Name')
    .map((rdn) =>
      set(rdn, 'RelativeDistinguishedName')
        .map((attribute) => {
          const [typeNode, valueNode] = sequence(attribute, 'AttributeTypeAndValue');
          const type = oid(typeNode, 'attribute type');
          return `${NAME_ATTRIBUTE_OIDS[type] ?? type}=${formatValue(valueNode)}`;
        })
        .join(' + '),
    )
    .join(', ');
}

function formatValue(node: Asn1Node | undefined): string {
  if (node === undefined) return '';
  const text = stringValue(node);
  if (text === undefined) return `#${Buffer.from(encoded(node)).toString('hex')}`;
  return oneLine(text).replace(/([,+\\])/g, '\\$1');
}
