package org.iops.decisions.counting.cvr;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A small element tree built from a StAX reader for one element at a time (a CVR, the Election
 * section), so that large reports never sit in memory whole. Namespaces are ignored: CDF files in
 * the wild use the NIST namespace with or without a prefix.
 */
final class XmlElement {

    final String name;
    final String objectId;
    private final List<XmlElement> children = new ArrayList<>(4);
    private StringBuilder text;

    private XmlElement(String name, String objectId) {
        this.name = name;
        this.objectId = objectId;
    }

    /** Reads the element the reader is positioned on (at its start tag) up to its end tag. */
    static XmlElement read(XMLStreamReader reader) throws XMLStreamException {
        XmlElement element = new XmlElement(reader.getLocalName(), reader.getAttributeValue(null, "ObjectId"));
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                element.children.add(read(reader));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (element.text == null) {
                    element.text = new StringBuilder();
                }
                element.text.append(reader.getText());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        return element;
    }

    /** Skips the element the reader is positioned on, up to its end tag. */
    static void skip(XMLStreamReader reader) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    List<XmlElement> children(String childName) {
        List<XmlElement> result = new ArrayList<>();
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                result.add(child);
            }
        }
        return result;
    }

    XmlElement child(String childName) {
        for (XmlElement child : children) {
            if (child.name.equals(childName)) {
                return child;
            }
        }
        return null;
    }

    /** Trimmed text of the first child named {@code childName}, or null. */
    String childText(String childName) {
        XmlElement child = child(childName);
        return child == null ? null : child.text();
    }

    String text() {
        return text == null ? "" : text.toString().trim();
    }
}
