// The approach types tab: the kinds of intervention (mentoring, sports diversion, …) with their
// descriptions, added, renamed and deleted in place.
import { useState } from 'react';
import type { ReferenceData } from '../../../../shared/model/library';
import { ApproachTypeEditSchema } from '../../../../shared/model/reference-editing';
import { TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { textFrom, useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing } from './reference-editing';
import { ListToolbar, ReferenceRow, ReferenceTable } from './reference-rows';

type ApproachType = ReferenceData['approachTypes'][number];

const LABELS = { name: 'Name', description: 'Description' };

function ApproachTypeForm({
  edit,
  type,
  onClose,
}: {
  edit: ReferenceEditing;
  type?: ApproachType;
  onClose: () => void;
}) {
  const prefix = type === undefined ? 'approach-new' : `approach-${type.id}`;
  const [name, setName] = useState(type?.name ?? '');
  const [description, setDescription] = useState(type?.description ?? '');
  return (
    <ReferenceForm
      edit={edit}
      prefix={prefix}
      noun={['an', 'approach type']}
      current={type?.name}
      name={name}
      labels={LABELS}
      method="approach-types/save"
      schema={ApproachTypeEditSchema}
      build={() => ({
        ...(type === undefined ? {} : { id: type.id }),
        name,
        description: textFrom(description),
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
            hint="Unique in the library, e.g. “Detached youth work”."
          />
          <TextField
            {...slot('description')}
            value={description}
            onChange={setDescription}
            multiline
            hint="Optional: what interventions of this type do."
          />
        </>
      )}
    </ReferenceForm>
  );
}

export function ApproachTypes({ edit }: { edit: ReferenceEditing }) {
  const reference = useReferenceData();
  const { open, show, close, opener } = useDisclosure();
  return (
    <>
      <ListToolbar
        lead="The kinds of intervention the catalogue and the toolkit group programmes by."
        addLabel="Add an approach type"
        readOnly={edit.readOnly}
        open={open}
        show={show}
        opener={opener}
      />
      {open && <ApproachTypeForm edit={edit} onClose={close} />}
      <ReferenceTable
        caption="Approach types"
        headings={['Approach type', 'Description']}
        readOnly={edit.readOnly}
      >
        {reference.approachTypes.map((t) => (
          <ReferenceRow
            key={t.id}
            edit={edit}
            id={t.id}
            idPrefix={`approach-${t.id}`}
            name={t.name}
            columns={4}
            usedBy={edit.usage?.approachTypes[t.id]}
            cells={<td className="ref-description">{t.description ?? <span className="muted">—</span>}</td>}
            remove={{ method: 'approach-types/delete', done: `Deleted the approach type “${t.name}”.` }}
            form={(onClose) => <ApproachTypeForm edit={edit} type={t} onClose={onClose} />}
          />
        ))}
      </ReferenceTable>
    </>
  );
}
