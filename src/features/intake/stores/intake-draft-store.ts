import { create } from 'zustand'
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware'
import { taroSyncStorage } from '@/lib/storage'
import type { EvidenceImage } from '../evidence-files'

/**
 * What must survive closing the app half-way: the server session to resume, the words not yet sent and the
 * photos picked (local paths; they are uploaded once the case exists). Tied to the user who started it.
 */
export interface IntakeDraftState {
  ownerId: string | null
  sessionId: string | null
  unsentText: string
  images: EvidenceImage[]
  startSession: (ownerId: string, sessionId: string) => void
  setUnsentText: (text: string) => void
  addImages: (images: EvidenceImage[]) => void
  removeImage: (path: string) => void
  clear: () => void
}

type PersistedDraft = Pick<IntakeDraftState, 'ownerId' | 'sessionId' | 'unsentText' | 'images'>

const EMPTY: PersistedDraft = { ownerId: null, sessionId: null, unsentText: '', images: [] }

export const INTAKE_DRAFT_STORAGE_KEY = 'tiaojie-intake-draft'

export function createIntakeDraftStore(storage: StateStorage) {
  return create<IntakeDraftState>()(
    persist(
      (set) => ({
        ...EMPTY,
        startSession: (ownerId, sessionId) => set({ ownerId, sessionId, unsentText: '' }),
        setUnsentText: (unsentText) => set({ unsentText }),
        addImages: (images) =>
          set((state) => ({
            images: [...state.images, ...images.filter((i) => !state.images.some((kept) => kept.path === i.path))],
          })),
        removeImage: (path) => set((state) => ({ images: state.images.filter((image) => image.path !== path) })),
        clear: () => set(EMPTY),
      }),
      {
        name: INTAKE_DRAFT_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: (state): PersistedDraft => ({
          ownerId: state.ownerId,
          sessionId: state.sessionId,
          unsentText: state.unsentText,
          images: state.images,
        }),
      },
    ),
  )
}

export type IntakeDraftStore = ReturnType<typeof createIntakeDraftStore>

export const useIntakeDraftStore = createIntakeDraftStore(taroSyncStorage)
