// The areas tab: boroughs, cities, regions and other places interventions work in, each possibly
// within another (a borough within London), added, renamed and deleted in place.
import { useState } from 'react';
import type { ReferenceData } from '../../../../shared/model/library';
import { AreaEditSchema } from '../../../../shared/model/reference-editing';
import { AREA_KIND_LABELS, AREA_KINDS, type AreaKind } from '../../../../shared/model/vocabulary';
import { SelectField, TextField } from '../../components/form-controls';
import { useReferenceData } from '../../data/app-data';
import { controlId, useDisclosure } from '../study-editing/form-support';
import { ReferenceForm, type ReferenceEditing, RowError, useRowAction } from './reference-editing';

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
      title={area === undefined ? 'Add an area' : `Edit the area “${area.name}”`}
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
      saved={() => `${area === undefined ? 'Added' : 'Saved'} the area “${name.trim()}”.`}
      saveLabel={area === undefined ? 'Add area' : 'Save area'}
      onClose={onClose}
    >
      {(errorOf) => (
        <>
          <TextField
            id={controlId(prefix, 'name')}
            label={LABELS.name}
            value={name}
            onChange={setName}
            error={errorOf('name')}
            hint="Unique in the library, e.g. “Medway”."
          />
          <SelectField
            id={controlId(prefix, 'kind')}
            label={LABELS.kind}
            value={kind}
            onChange={setKind}
            placeholder="Choose a kind…"
            options={AREA_KINDS.map((k) => ({ value: k, label: AREA_KIND_LABELS[k] }))}
            error={errorOf('kind')}
          />
          <SelectField
            id={controlId(prefix, 'parentId')}
            label={LABELS.parentId}
            value={parentId}
            onChange={setParentId}
            placeholder="Not within another area"
            options={reference.areas
              .filter((a) => a.id !== area?.id)
              .map((a) => ({ value: a.id, label: a.name }))}
            error={errorOf('parentId')}
            hint="Optional: work recorded for the larger area is then found when this one is chosen."
          />
        </>
      )}
    </ReferenceForm>
  );
}

function AreaRow({ edit, area, parent }: { edit: ReferenceEditing; area: Area; parent: string | null }) {
  const {
    open: editingOpen,
    show: showEditing,
    close: closeEditing,
    opener: editingOpener,
  } = useDisclosure();
  const action = useRowAction(edit);
  const error = action.errorFor(area.id);
  return (
    <>
      <tr>
        <th scope="row">{area.name}</th>
        <td>{AREA_KIND_LABELS[area.kind]}</td>
        <td>{parent ?? <span className="muted">—</span>}</td>
        {!edit.readOnly && (
          <td className="ref-actions">
            <button
              type="button"
              className="button button--small"
              ref={editingOpener}
              aria-expanded={editingOpen}
              onClick={showEditing}
            >
              Edit<span className="visually-hidden"> {area.name}</span>
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={action.pending}
              onClick={() =>
                void action.run(
                  area.id,
                  'areas/delete',
                  { id: area.id, by: edit.actor.by },
                  `Deleted the area “${area.name}”.`,
                )
              }
            >
              Delete<span className="visually-hidden"> {area.name}</span>
            </button>
          </td>
        )}
      </tr>
      {(editingOpen || error !== null) && (
        <tr className="ref-row-detail">
          <td colSpan={4}>
            <RowError message={error} />
            {editingOpen && <AreaForm edit={edit} area={area} onClose={closeEditing} />}
          </td>
        </tr>
      )}
    </>
  );
}

export function Areas({ edit }: { edit: ReferenceEditing }) {
  const reference = useReferenceData();
  const { open: addingOpen, show: showAdding, close: closeAdding, opener: addingOpener } = useDisclosure();
  const names = new Map(reference.areas.map((a) => [a.id, a.name]));
  return (
    <>
      <div className="ref-toolbar">
        <p className="ref-toolbar__lead">The places interventions work in and commissioners ask about.</p>
        {!edit.readOnly && !addingOpen && (
          <button
            type="button"
            className="button"
            ref={addingOpener}
            aria-expanded={false}
            onClick={showAdding}
          >
            Add an area
          </button>
        )}
      </div>
      {addingOpen && <AreaForm edit={edit} onClose={closeAdding} />}
      <div className="table-scroll">
        <table className="table table--compact ref-table">
          <caption className="visually-hidden">Areas</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Kind</th>
              <th scope="col">Within</th>
              {!edit.readOnly && (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {reference.areas.map((a) => (
              <AreaRow
                key={a.id}
                edit={edit}
                area={a}
                parent={a.parentId === null ? null : (names.get(a.parentId) ?? a.parentId)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
