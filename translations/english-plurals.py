#!/usr/bin/python3
# Fills habmesos_en.ts with the English plural forms of every numerus message ("%n second(s)" ->
# "%n second", "%n seconds") and drops the rest: the sources are English already. Run after
# `ninja update_translations`.
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else 'translations/habmesos_en.ts'
tree = ET.parse(path)
root = tree.getroot()
root.set('language', 'en')
for context in list(root.iter('context')):
    for message in list(context.iter('message')):
        if message.get('numerus') != 'yes':
            context.remove(message)
            continue
        source = message.find('source').text
        translation = message.find('translation')
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop('type', None)
        translation.text = None
        for form in (source.replace('(s)', '').replace('(es)', ''), source.replace('(s)', 's').replace('(es)', 'es')):
            ET.SubElement(translation, 'numerusform').text = form
    if not context.findall('message'):
        root.remove(context)
tree.write(path, encoding='utf-8', xml_declaration=True)
