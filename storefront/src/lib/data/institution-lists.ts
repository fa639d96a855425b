import "server-only"

import type { PortalListDTO, StoreListListsResponse, StoreListResponse } from "@fupin/shared"
import { authHeaders } from "./cookies"
import { errorStatus } from "./errors"
import { getSdk } from "./medusa"

/** The institution's 常用清单 (every member reads them); personal, so `no-store` with the member's login. */
export async function listInstitutionLists(): Promise<PortalListDTO[]> {
  const { lists } = await getSdk().client.fetch<StoreListListsResponse>("/store/institution/lists", { headers: await authHeaders(), cache: "no-store" })
  return lists
}

/** One list of the institution, or null when it is not the institution's (404). */
export async function getInstitutionList(id: string): Promise<PortalListDTO | null> {
  try {
    const { list } = await getSdk().client.fetch<StoreListResponse>(`/store/institution/lists/${encodeURIComponent(id)}`, {
      headers: await authHeaders(),
      cache: "no-store",
    })
    return list
  } catch (error) {
    if (errorStatus(error) === 404) return null
    throw error
  }
}
