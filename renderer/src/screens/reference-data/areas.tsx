// The areas tab: boroughs, cities, regions and other places interventions work in, each possibly
// within another (a borough within London), added, renamed and deleted in place.
import { useState } from 'react';
import type { ReferenceData } from '../../../../shared/model/library';
import { AreaEditSchema } from '../../../../shared/model/reference-editing';
import { AREA_KIND_LABELS, AREA_KINDS, type AreaKind } from '../../../../shared/model/vocabulary';
import { SelectField, TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing } from './reference-editing';
import { ListToolbar, ReferenceRow, ReferenceTable } from './reference-rows';

type Area = ReferenceData['areas'][number];

const LABELS = { name: 'Name', kind: 'Kind', parentId: 'Within' };

function AreaForm({ edit, area, onClose }: { edit: ReferenceEditing; area?: Area; onClose: () => void }) {
  const reference = useReferenceData();
  const prefix = area === undefined ? 'area-new' : `area-${area.id}`;
  const [name, setName] = useState(area?.name ?? '');
  const [kind, setKind] = useState<string>(area?.kind ?? '');
  const [parentId, setParentId] = useState(area?.parentId ?? '');
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      noun={['an', 'area']}
      current={area?.name}
      name={name}
      labels={LABELS}
      method="areas/save"
      schema={AreaEditSchema}
      build={() => ({
        ...(area === undefined ? {} : { id: area.id }),
        name,
        kind: kind as AreaKind,
        ...(parentId === '' ? {} : { parentId }),
        by: edit.actor.by,
      })}
      onClose={onClose}
    >
      {(slot) => (
        <>
          <TextField
            {...slot('name')}
            value={name}
            onChange={setName}
            hint="Unique in the library, e.g. “Medway”."
          />
          <SelectField
            {...slot('kind')}
            value={kind}
            onChange={setKind}
            placeholder="Choose a kind…"
            options={AREA_KINDS.map((k) => ({ value: k, label: AREA_KIND_LABELS[k] }))}
          />
          <SelectField
            {...slot('parentId')}
            value={parentId}
            onChange={setParentId}
            placeholder="Not within another area"
            options={reference.areas
              .filter((a) => a.id !== area?.id)
              .map((a) => ({ value: a.id, label: a.name }))}
            hint="Optional: work recorded for the larger area is then found when this one is chosen."
          />
        </>
      )}
    </ReferenceForm>
  );
}

export function Areas({ edit }: { edit: ReferenceEditing }) {
  const reference = useReferenceData();
  const { open, show, close, opener } = useDisclosure();
  const names = new Map(reference.areas.map((a) => [a.id, a.name]));
  return (
    <>
      <ListToolbar
        lead="The places interventions work in and commissioners ask about."
        addLabel="Add an area"
        readOnly={edit.readOnly}
        open={open}
        show={show}
        opener={opener}
      />
      {open && <AreaForm edit={edit} onClose={close} />}
      <ReferenceTable caption="Areas" headings={['Area', 'Kind', 'Within']} readOnly={edit.readOnly}>
        {reference.areas.map((a) => (
          <ReferenceRow
            key={a.id}
            edit={edit}
            id={a.id}
            idPrefix={`area-${a.id}`}
            name={a.name}
            columns={5}
            usedBy={edit.usage?.areas[a.id]}
            cells={
              <>
                <td>{AREA_KIND_LABELS[a.kind]}</td>
                <td>
                  {a.parentId === null ? (
                    <span className="muted">—</span>
                  ) : (
                    (names.get(a.parentId) ?? a.parentId)
                  )}
                </td>
              </>
            }
            remove={{ method: 'areas/delete', done: `Deleted the area “${a.name}”.` }}
            form={(onClose) => <AreaForm edit={edit} area={a} onClose={onClose} />}
          />
        ))}
      </ReferenceTable>
    </>
  );
}
