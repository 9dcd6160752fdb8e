// Generated from docs/openapi.json by `npm run gen:api` (openapi-typescript). Do not edit:
// change the route's schema, then run `npm run openapi`, which regenerates this file too.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 健康检查 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            db: "embedded" | "external";
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "unavailable";
                            /** @enum {string} */
                            db: "embedded" | "external";
                        };
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 账号密码登录（失败一律答 401 BAD_CREDENTIALS；过频 429） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                            orgUnit: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village" | "grid";
                                path: string;
                            };
                            permissions: ("person:read" | "person:create" | "person:update" | "person:reveal" | "person:audit" | "audit:read" | "org:read" | "staff:manage" | "stats:read" | "measure:read" | "measure:manage" | "supervision:record" | "policy:manage" | "system:sweep" | "station:manage" | "station:operate" | "upload:review" | "case:followup" | "leave:decide" | "counselling:manage" | "course:manage")[];
                            mustChangePassword: boolean;
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录账号 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                            orgUnit: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village" | "grid";
                                path: string;
                            };
                            permissions: ("person:read" | "person:create" | "person:update" | "person:reveal" | "person:audit" | "audit:read" | "org:read" | "staff:manage" | "stats:read" | "measure:read" | "measure:manage" | "supervision:record" | "policy:manage" | "system:sweep" | "station:manage" | "station:operate" | "upload:review" | "case:followup" | "leave:decide" | "counselling:manage" | "course:manage")[];
                            mustChangePassword: boolean;
                            today: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 修改密码（其他会话随之失效） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string & (string);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 下级单位（无 parentId 时为本单位）；或按名称搜索（q） */
        get: {
            parameters: {
                query?: {
                    parentId?: string;
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            name: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village" | "grid";
                            path: string;
                            childCount: number;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/org-units/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 单位详情（含上级路径） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            parentId: string | null;
                            name: string;
                            /** @enum {string} */
                            level: "city" | "county" | "township" | "village" | "grid";
                            path: string;
                            childCount: number;
                            ancestors: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                level: "city" | "county" | "township" | "village" | "grid";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * 人员档案列表（敏感字段已脱敏）
         * @description q 可为姓名、拼音全拼或首字母、身份证号（全号或后4位）、手机号。
         */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    orgUnitId?: string;
                    status?: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                    drugType?: "heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other";
                    gender?: "male" | "female";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                                age: number;
                                idNumber: string;
                                phone: string;
                                orgUnit: {
                                    id: string;
                                    name: string;
                                };
                                grid: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                                drugTypes: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 新建人员档案 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        idNumber: string;
                        phone: string;
                        orgUnitId: string;
                        householdOrgUnitId?: string | null;
                        householdAddress?: string | null;
                        residenceOrgUnitId?: string | null;
                        residenceAddress?: string | null;
                        drugTypes?: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                        firstFoundDate?: string | null;
                        rehabEpisodes?: {
                            /** @enum {string} */
                            kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                            startDate: string;
                            endDate?: string | null;
                            place?: string;
                        }[];
                        /** @enum {string} */
                        status?: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                        gridId?: string | null;
                        /** Format: uuid */
                        policeId?: string | null;
                        /** Format: uuid */
                        gridWorkerId?: string | null;
                        /** Format: uuid */
                        socialWorkerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            age: number;
                            idNumber: string;
                            phone: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            grid: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                            drugTypes: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                            updatedAt: string;
                            householdOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            householdAddress: string | null;
                            residenceOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            residenceAddress: string | null;
                            firstFoundDate: string | null;
                            rehabEpisodes: {
                                /** @enum {string} */
                                kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                                startDate: string;
                                endDate?: string | null;
                                place?: string;
                            }[];
                            team: {
                                police: {
                                    id: string;
                                    name: string;
                                } | null;
                                gridWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                                socialWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                            };
                            hasPhoto: boolean;
                            orgPath: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员档案详情（查看即留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            age: number;
                            idNumber: string;
                            phone: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            grid: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                            drugTypes: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                            updatedAt: string;
                            householdOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            householdAddress: string | null;
                            residenceOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            residenceAddress: string | null;
                            firstFoundDate: string | null;
                            rehabEpisodes: {
                                /** @enum {string} */
                                kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                                startDate: string;
                                endDate?: string | null;
                                place?: string;
                            }[];
                            team: {
                                police: {
                                    id: string;
                                    name: string;
                                } | null;
                                gridWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                                socialWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                            };
                            hasPhoto: boolean;
                            orgPath: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** 修改人员档案（只传要修改的字段） */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        idNumber?: string;
                        phone?: string;
                        orgUnitId?: string;
                        householdOrgUnitId?: string | null;
                        householdAddress?: string | null;
                        residenceOrgUnitId?: string | null;
                        residenceAddress?: string | null;
                        drugTypes?: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                        firstFoundDate?: string | null;
                        rehabEpisodes?: {
                            /** @enum {string} */
                            kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                            startDate: string;
                            endDate?: string | null;
                            place?: string;
                        }[];
                        status?: unknown;
                        gridId?: string | null;
                        /** Format: uuid */
                        policeId?: string | null;
                        /** Format: uuid */
                        gridWorkerId?: string | null;
                        /** Format: uuid */
                        socialWorkerId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            age: number;
                            idNumber: string;
                            phone: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            grid: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                            drugTypes: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                            updatedAt: string;
                            householdOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            householdAddress: string | null;
                            residenceOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            residenceAddress: string | null;
                            firstFoundDate: string | null;
                            rehabEpisodes: {
                                /** @enum {string} */
                                kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                                startDate: string;
                                endDate?: string | null;
                                place?: string;
                            }[];
                            team: {
                                police: {
                                    id: string;
                                    name: string;
                                } | null;
                                gridWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                                socialWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                            };
                            hasPhoto: boolean;
                            orgPath: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 查看一项敏感信息原文（须填写原因，留痕） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "idNumber" | "phone" | "householdAddress" | "residenceAddress";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            field: "idNumber" | "phone" | "householdAddress" | "residenceAddress";
                            value: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员照片 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 上传人员照片（JPEG/PNG/WebP，≤ 2 MB，按内容识别类型） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string} */
                            gender: "male" | "female";
                            age: number;
                            idNumber: string;
                            phone: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            grid: {
                                id: string;
                                name: string;
                            } | null;
                            /** @enum {string} */
                            status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                            drugTypes: ("heroin" | "methamphetamine" | "ketamine" | "cannabis" | "mdma" | "cocaine" | "morphine" | "pethidine" | "tramadol" | "other")[];
                            updatedAt: string;
                            householdOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            householdAddress: string | null;
                            residenceOrgUnit: {
                                id: string;
                                name: string;
                            } | null;
                            residenceAddress: string | null;
                            firstFoundDate: string | null;
                            rehabEpisodes: {
                                /** @enum {string} */
                                kind: "community_detox" | "community_rehab" | "compulsory" | "voluntary" | "methadone";
                                startDate: string;
                                endDate?: string | null;
                                place?: string;
                            }[];
                            team: {
                                police: {
                                    id: string;
                                    name: string;
                                } | null;
                                gridWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                                socialWorker: {
                                    id: string;
                                    name: string;
                                } | null;
                            };
                            hasPhoto: boolean;
                            orgPath: {
                                id: string;
                                name: string;
                            }[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员档案的审计记录 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                at: string;
                                actorId: string | null;
                                actorName: string | null;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                ip: string | null;
                                reason: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/activation-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 生成洮泊家园激活码（8 位，72 小时内一次有效，旧码作废） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            expiresAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/app-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 洮泊家园账号状态与登录中的设备 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            activated: boolean;
                            activatedAt: string | null;
                            sessions: {
                                id: string;
                                createdAt: string;
                                lastSeenAt: string;
                                device: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/app-sessions/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 让该人员在所有设备上退出洮泊家园 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/auth/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 用工作人员提供的激活码激活账号并设置密码（同一地址 15 分钟内错 5 次后 429） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        code: string;
                        password: string & (string);
                        device?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                            };
                            activatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 手机号与密码登录（失败一律答 401 BAD_CREDENTIALS；过频 429） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        phone: string;
                        password: string;
                        device?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                            };
                            activatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 退出登录 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 当前登录的人员 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                            };
                            activatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本辖区工作人员账号 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    role?: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                    orgUnitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                username: string;
                                displayName: string;
                                /** @enum {string} */
                                role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                                orgUnitId: string;
                                orgUnitName: string;
                                lockedUntil: string | null;
                                createdAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 新建工作人员账号（限本辖区） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        displayName: string;
                        /** @enum {string} */
                        role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                        orgUnitId: string;
                        password: string & (string);
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            username: string;
                            displayName: string;
                            /** @enum {string} */
                            role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                            orgUnitId: string;
                            orgUnitName: string;
                            lockedUntil: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选的管控小组成员（本县区某一角色） */
        get: {
            parameters: {
                query: {
                    role: "admin" | "leader" | "officer" | "police" | "grid_worker" | "social_worker" | "counsellor" | "tester";
                    orgUnitId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stats/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区人员统计（仅汇总数，不含个人信息） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            byStatus: {
                                /** @enum {string} */
                                status: "pending_report" | "community_detox" | "community_rehab" | "compulsory_detox" | "suspended" | "released" | "abstinent" | "other";
                                count: number;
                            }[];
                            byCounty: {
                                orgUnit: {
                                    id: string;
                                    name: string;
                                };
                                count: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的全部措施（新的在前） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 登记社区戒毒/社区康复决定 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        type: ("community_detox" | "community_rehab") | ("社区戒毒" | "社区康复");
                        decisionNo: string;
                        decisionDate: string;
                        receivedDate: string;
                        decidingAuthority?: string | null;
                        townshipId?: string;
                        termMonths?: number;
                        creditDays?: number;
                        creditBasis?: {
                            decisionNo: string;
                            decisionDate: string;
                        } | null;
                        /** @enum {string} */
                        executionPlaceBasis?: "household" | "residence";
                        fixedResidence?: boolean;
                        pregnant?: boolean;
                        nursingChildBirthDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 管控时间轴 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            date: string | null;
                            kind: string;
                            title: string;
                            detail: string | null;
                            actor: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 措施详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 报到（条例第十四条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        place?: string | null;
                        /** Format: uuid */
                        takenById?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 签订协议（条例第十六条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        signedDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 中止执行（条例第二十四条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        reason: "detention" | "arrest" | "other";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 恢复执行 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 终止执行（条例第二十四条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        /** @enum {string} */
                        reason: "imprisonment" | "compulsory_education" | "compulsory_isolation" | "death" | "other";
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 变更执行地（条例第二十二条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        toTownshipId: string;
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/release-notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记公安机关解除通知书并告知本人（条例第二十三条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        noticeNo: string;
                        date: string;
                        issuer: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/agreement.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印社区戒毒（康复）协议书 PDF（留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/release.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 打印解除告知书 PDF（登记解除通知书后；留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/working-group": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 社区戒毒工作小组（条例第十七条） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        members: {
                            /** @enum {string} */
                            role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                            name: string;
                            /** Format: uuid */
                            staffId?: string | null;
                            phone?: string | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/exemption-facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 更新禁毒法第三十九条第一款情形（怀孕、哺乳不满一周岁婴儿），重新判断 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pregnant: boolean;
                        nursingChildBirthDate: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/tests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检测计划与结果 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tests: {
                                id: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                                index: number | null;
                                windowStart: string;
                                windowEnd: string;
                                /** @enum {string} */
                                status: "upcoming" | "due" | "done" | "missed" | "excused" | "cancelled";
                                /** @enum {string|null} */
                                kind: "urine" | "hair" | "lab" | "retest" | "remote" | null;
                                /** @enum {string|null} */
                                outcome: "negative" | "positive" | "pending" | null;
                                date: string | null;
                                collectors: {
                                    id: string;
                                    name: string;
                                }[];
                                sampleRetentionUntil: string | null;
                                note: string | null;
                                recordedAt: string | null;
                            }[];
                            randomDraws: {
                                id: string;
                                periodStart: string;
                                periodEnd: string;
                                quota: number;
                                seed: string;
                                algorithm: string;
                                days: string[];
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 登记计划外检测（毛发、复检等） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "urine" | "hair" | "lab" | "retest" | "remote";
                        /** @enum {string} */
                        outcome: "negative" | "positive" | "pending";
                        date: string;
                        collectorIds: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            plan: "scheduled" | "random" | "extra";
                            index: number | null;
                            windowStart: string;
                            windowEnd: string;
                            /** @enum {string} */
                            status: "upcoming" | "due" | "done" | "missed" | "excused" | "cancelled";
                            /** @enum {string|null} */
                            kind: "urine" | "hair" | "lab" | "retest" | "remote" | null;
                            /** @enum {string|null} */
                            outcome: "negative" | "positive" | "pending" | null;
                            date: string | null;
                            collectors: {
                                id: string;
                                name: string;
                            }[];
                            sampleRetentionUntil: string | null;
                            note: string | null;
                            recordedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/collectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选的采集人员 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tests/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入检测结果 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "urine" | "hair" | "lab" | "retest" | "remote";
                        /** @enum {string} */
                        outcome: "negative" | "positive" | "pending";
                        date: string;
                        collectorIds: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            plan: "scheduled" | "random" | "extra";
                            index: number | null;
                            windowStart: string;
                            windowEnd: string;
                            /** @enum {string} */
                            status: "upcoming" | "due" | "done" | "missed" | "excused" | "cancelled";
                            /** @enum {string|null} */
                            kind: "urine" | "hair" | "lab" | "retest" | "remote" | null;
                            /** @enum {string|null} */
                            outcome: "negative" | "positive" | "pending" | null;
                            date: string | null;
                            collectors: {
                                id: string;
                                name: string;
                            }[];
                            sampleRetentionUntil: string | null;
                            note: string | null;
                            recordedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外出记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            days: number;
                            reported: boolean;
                            unauthorisedDeparture: boolean;
                            destination: string | null;
                            /** @enum {string} */
                            source: "staff" | "leave_request";
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 登记外出（已报告或擅自离开，条例第十九条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        reported: boolean;
                        destination?: string | null;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            days: number;
                            reported: boolean;
                            unauthorisedDeparture: boolean;
                            destination: string | null;
                            /** @enum {string} */
                            source: "staff" | "leave_request";
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/refusal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审查逾期未报到：正当理由或视为拒绝（条例第十四条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "refused" | "justified";
                        reason: string;
                        newDeadline?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            personId: string;
                            /** @enum {string} */
                            type: "community_detox" | "community_rehab";
                            /** @enum {string} */
                            status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                            decisionNo: string;
                            decisionDate: string;
                            receivedDate: string;
                            decidingAuthority: string | null;
                            township: {
                                id: string;
                                name: string;
                            };
                            termMonths: number;
                            reportDeadline: string;
                            reportDeadlineExplained: string;
                            refusalCandidate: boolean;
                            transferredOn: string | null;
                            releaseNotice: {
                                noticeNo: string;
                                date: string;
                                issuer: string;
                                recordedAt: string;
                            } | null;
                            reportedDate: string | null;
                            reportPlace: string | null;
                            reportTakenBy: {
                                id: string;
                                name: string;
                            } | null;
                            agreementSignedDate: string | null;
                            agreementDueBy: string | null;
                            agreementOverdue: boolean;
                            termStart: string | null;
                            termEnd: string | null;
                            suspendedDays: number;
                            creditDays: number;
                            creditBasis: {
                                decisionNo: string;
                                decisionDate: string;
                            } | null;
                            /** @enum {string} */
                            executionPlaceBasis: "household" | "residence";
                            fixedResidence: boolean;
                            seriousViolation: boolean;
                            seriousViolationReasons: ("evasions" | "departures" | "absent_days")[];
                            exemptions: ("pregnant" | "nursing_under_one" | "under_16")[];
                            exemptionFacts: {
                                pregnant: boolean;
                                nursingChildBirthDate: string | null;
                            };
                            noEarlyRelease: boolean;
                            workingGroup: {
                                /** @enum {string} */
                                role: "officer" | "police" | "grid_worker" | "social_worker" | "medical" | "family" | "volunteer";
                                name: string;
                                /** Format: uuid */
                                staffId?: string | null;
                                phone?: string | null;
                            }[];
                            explain: {
                                reportDeadline: {
                                    zh: string;
                                    en: string;
                                };
                                agreementDueBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                                termEnd: {
                                    zh: string;
                                    en: string;
                                } | null;
                                releaseNoticeBy: {
                                    zh: string;
                                    en: string;
                                } | null;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/test-refusals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记现场拒绝接受检测（即记为逃避检测，条例第二十条） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            /** @enum {string} */
                            kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                            /** @enum {string} */
                            status: "candidate" | "confirmed" | "excused";
                            date: string;
                            testId: string | null;
                            absenceId: string | null;
                            reason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/measures/{id}/education": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 批评教育记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            date: string;
                            reason: string;
                            note: string | null;
                            violation: {
                                id: string;
                                /** @enum {string} */
                                kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                                date: string;
                            } | null;
                            givenBy: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 登记批评教育（禁毒法第三十五条第二款） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        reason: string;
                        note?: string | null;
                        /** Format: uuid */
                        violationId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            date: string;
                            reason: string;
                            note: string | null;
                            violation: {
                                id: string;
                                /** @enum {string} */
                                kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                                date: string;
                            } | null;
                            givenBy: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 违规记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            /** @enum {string} */
                            kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                            /** @enum {string} */
                            status: "candidate" | "confirmed" | "excused";
                            date: string;
                            testId: string | null;
                            absenceId: string | null;
                            reason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认违规 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            /** @enum {string} */
                            kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                            /** @enum {string} */
                            status: "candidate" | "confirmed" | "excused";
                            date: string;
                            testId: string | null;
                            absenceId: string | null;
                            reason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/violations/{id}/excuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 说明排除 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            measureId: string;
                            /** @enum {string} */
                            kind: "evasion" | "departure" | "relapse" | "refusal" | "late_rereport" | "serious";
                            /** @enum {string} */
                            status: "candidate" | "confirmed" | "excused";
                            date: string;
                            testId: string | null;
                            absenceId: string | null;
                            reason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办任务（mine=1：本人辖区） */
        get: {
            parameters: {
                query?: {
                    mine?: number;
                    status?: "open" | "done" | "all";
                    kind?: "report_to_police" | "record_release_notice" | "sign_agreement" | "report_overdue" | "decide_refusal" | "educate" | "upload_review" | "checkin_missed" | "checkin_followup" | "leave_decision" | "counselling_alert" | "assistance_review" | "duplicate_review";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "report_to_police" | "record_release_notice" | "sign_agreement" | "report_overdue" | "decide_refusal" | "educate" | "upload_review" | "checkin_missed" | "checkin_followup" | "leave_decision" | "counselling_alert" | "assistance_review" | "duplicate_review";
                                title: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                measureId: string | null;
                                dueDate: string | null;
                                overdue: boolean;
                                /** @enum {string} */
                                status: "open" | "done" | "cancelled";
                                evidence: {
                                    label: string;
                                    date: string | null;
                                    ref: string | null;
                                }[];
                                createdAt: string;
                                doneAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/tasks/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结待办 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "report_to_police" | "record_release_notice" | "sign_agreement" | "report_overdue" | "decide_refusal" | "educate" | "upload_review" | "checkin_missed" | "checkin_followup" | "leave_decision" | "counselling_alert" | "assistance_review" | "duplicate_review";
                            title: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string | null;
                            dueDate: string | null;
                            overdue: boolean;
                            /** @enum {string} */
                            status: "open" | "done" | "cancelled";
                            evidence: {
                                label: string;
                                date: string | null;
                                ref: string | null;
                            }[];
                            createdAt: string;
                            doneAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/worklist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 待办清单（按类别） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            open: number;
                            items: {
                                /** @enum {string} */
                                category: "to_report" | "to_sign" | "tests_due" | "overdue" | "to_confirm" | "to_police" | "to_discharge" | "from_app" | "duplicates";
                                person: {
                                    id: string;
                                    name: string;
                                };
                                measureId: string | null;
                                refId: string | null;
                                title: string;
                                dueDate: string | null;
                                task: {
                                    id: string;
                                    /** @enum {string} */
                                    kind: "report_to_police" | "record_release_notice" | "sign_agreement" | "report_overdue" | "decide_refusal" | "educate" | "upload_review" | "checkin_missed" | "checkin_followup" | "leave_decision" | "counselling_alert" | "assistance_review" | "duplicate_review";
                                    title: string;
                                    person: {
                                        id: string;
                                        name: string;
                                    };
                                    measureId: string | null;
                                    dueDate: string | null;
                                    overdue: boolean;
                                    /** @enum {string} */
                                    status: "open" | "done" | "cancelled";
                                    evidence: {
                                        label: string;
                                        date: string | null;
                                        ref: string | null;
                                    }[];
                                    createdAt: string;
                                    doneAt: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/test-policies/{countyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县（区）检测政策 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            countyId: string;
                            community_detox: {
                                phases: {
                                    fromMonth: number;
                                    toMonth: number;
                                    intervalMonths: number;
                                }[];
                            };
                            community_rehab: {
                                phases: {
                                    fromMonth: number;
                                    toMonth: number;
                                    intervalMonths: number;
                                }[];
                            };
                            randomPerQuarter: number;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 设置县（区）检测政策 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        community_detox: {
                            phases: {
                                fromMonth: number;
                                toMonth: number;
                                intervalMonths: number;
                            }[];
                        };
                        community_rehab: {
                            phases: {
                                fromMonth: number;
                                toMonth: number;
                                intervalMonths: number;
                            }[];
                        };
                        randomPerQuarter: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            countyId: string;
                            community_detox: {
                                phases: {
                                    fromMonth: number;
                                    toMonth: number;
                                    intervalMonths: number;
                                }[];
                            };
                            community_rehab: {
                                phases: {
                                    fromMonth: number;
                                    toMonth: number;
                                    intervalMonths: number;
                                }[];
                            };
                            randomPerQuarter: number;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/days": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人工录入的节假日安排（全部年份，供期限预览） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            /** @enum {string} */
                            kind: "rest" | "work";
                            name: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 某年的节假日与调休安排（民法典第二百零三条） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            official: boolean;
                            days: {
                                date: string;
                                /** @enum {string} */
                                kind: "rest" | "work";
                                name: string;
                                /** @enum {string} */
                                source: "official" | "entered";
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 录入某年的节假日安排（留痕；相关报到期限随之顺延） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        days: {
                            date: string;
                            /** @enum {string} */
                            kind: "rest" | "work";
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            official: boolean;
                            days: {
                                date: string;
                                /** @enum {string} */
                                kind: "rest" | "work";
                                name: string;
                                /** @enum {string} */
                                source: "official" | "entered";
                            }[];
                            deadlinesMoved: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/system/sweep": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 立即执行每日巡检（仅管理员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            date: string;
                            refusalCandidates: number;
                            lateRereports: number;
                            missedTests: number;
                            excusedTests: number;
                            released: number;
                            agreementsOverdue: number;
                            seriousViolations: number;
                            abstinent: number;
                            randomDraws: number;
                            tasksOpened: number;
                            leaveLapsed: number;
                            leaveOverdue: number;
                            checkinsMissed: number;
                            checkinReminders: number;
                            testReminders: number;
                            appointmentReminders: number;
                            purged: number;
                        };
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检测站点列表 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    active?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                name: string;
                                orgUnit: {
                                    id: string;
                                    name: string;
                                };
                                address: string;
                                phone: string | null;
                                active: boolean;
                                weeklyCapacity: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 新建检测站点 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        orgUnitId: string;
                        address: string;
                        phone?: string | null;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检测站点详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 修改检测站点 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        orgUnitId: string;
                        address: string;
                        phone?: string | null;
                        /** @default true */
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** 设置每周检测时段 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slots: {
                            /** Format: uuid */
                            id?: string;
                            weekday: number;
                            start: string;
                            end: string;
                            capacity: number;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 设置停诊日（节假日） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        date: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/closures/{date}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 取消停诊日 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    date: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            orgUnit: {
                                id: string;
                                name: string;
                            };
                            address: string;
                            phone: string | null;
                            active: boolean;
                            weeklyCapacity: number;
                            slots: {
                                id: string;
                                weekday: number;
                                start: string;
                                end: string;
                                capacity: number;
                            }[];
                            closures: {
                                date: string;
                                reason: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检测站某日的预约名单 */
        get: {
            parameters: {
                query?: {
                    date?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            station: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            closed: string | null;
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                    /** @enum {string} */
                                    gender: "male" | "female";
                                };
                                start: string;
                                end: string;
                                /** @enum {string} */
                                status: "booked" | "arrived" | "no_show" | "tested" | "cancelled";
                                arrivedAt: string | null;
                                window: {
                                    testId: string;
                                    start: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    plan: "scheduled" | "random" | "extra";
                                };
                                /** @enum {string|null} */
                                outcome: "negative" | "positive" | "pending" | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/stations/{id}/collectors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可选的采集人员 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @enum {string|null} */
                            gender: "male" | "female" | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记到检 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                            };
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "tested" | "cancelled";
                            arrivedAt: string | null;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            /** @enum {string|null} */
                            outcome: "negative" | "positive" | "pending" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 录入预约检测的结果（计入检测计划） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "urine" | "hair" | "lab" | "retest" | "remote";
                        /** @enum {string} */
                        outcome: "negative" | "positive" | "pending";
                        collectorIds: string[];
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                            };
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "tested" | "cancelled";
                            arrivedAt: string | null;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            /** @enum {string|null} */
                            outcome: "negative" | "positive" | "pending" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 工作人员取消预约（通知本人） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                gender: "male" | "female";
                            };
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "no_show" | "tested" | "cancelled";
                            arrivedAt: string | null;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            /** @enum {string|null} */
                            outcome: "negative" | "positive" | "pending" | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/stations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县（区）的检测站点 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            address: string;
                            phone: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/stations/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 检测站未来 14 天的可约时段 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            station: {
                                id: string;
                                name: string;
                                address: string;
                                phone: string | null;
                            };
                            days: {
                                date: string;
                                weekday: number;
                                closed: string | null;
                                window: {
                                    testId: string;
                                    start: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    plan: "scheduled" | "random" | "extra";
                                } | null;
                                windowBooked: boolean;
                                slots: {
                                    slotId: string;
                                    start: string;
                                    end: string;
                                    capacity: number;
                                    remaining: number;
                                    started: boolean;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的检测预约 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            current: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            } | null;
                            currentBooked: boolean;
                            items: {
                                id: string;
                                station: {
                                    id: string;
                                    name: string;
                                    address: string;
                                    phone: string | null;
                                };
                                date: string;
                                start: string;
                                end: string;
                                /** @enum {string} */
                                status: "booked" | "arrived" | "tested" | "cancelled";
                                window: {
                                    testId: string;
                                    start: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    plan: "scheduled" | "random" | "extra";
                                };
                                changeable: boolean;
                                cancelledByStaff: boolean;
                                cancelReason: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 预约检测 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            station: {
                                id: string;
                                name: string;
                                address: string;
                                phone: string | null;
                            };
                            date: string;
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "tested" | "cancelled";
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            changeable: boolean;
                            cancelledByStaff: boolean;
                            cancelReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/appointments/{id}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 改约 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        slotId: string;
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            station: {
                                id: string;
                                name: string;
                                address: string;
                                phone: string | null;
                            };
                            date: string;
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "tested" | "cancelled";
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            changeable: boolean;
                            cancelledByStaff: boolean;
                            cancelReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/appointments/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消预约 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            station: {
                                id: string;
                                name: string;
                                address: string;
                                phone: string | null;
                            };
                            date: string;
                            start: string;
                            end: string;
                            /** @enum {string} */
                            status: "booked" | "arrived" | "tested" | "cancelled";
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            };
                            changeable: boolean;
                            cancelledByStaff: boolean;
                            cancelReason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异地检测审核队列 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                receivedAt: string;
                                date: string;
                                /** @enum {string} */
                                basis: "leave" | "permission";
                                /** @enum {string} */
                                status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                                deviceTime: string | null;
                                hasLocation: boolean;
                                window: {
                                    testId: string;
                                    start: string;
                                    deadline: string;
                                    /** @enum {string} */
                                    plan: "scheduled" | "random" | "extra";
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异地检测上传详情 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            receivedAt: string;
                            date: string;
                            /** @enum {string} */
                            basis: "leave" | "permission";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                            deviceTime: string | null;
                            hasLocation: boolean;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            } | null;
                            cassetteType: string;
                            selfieType: string;
                            clockDriftSeconds: number | null;
                            location: {
                                latitude: number;
                                longitude: number;
                                accuracy: number | null;
                            } | null;
                            locationError: string | null;
                            clientExif: {
                                [key: string]: unknown;
                            };
                            serverExif: {
                                [key: string]: unknown;
                            };
                            note: string | null;
                            decisionReason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}/files/{which}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 上传的试剂盒照片（视频）或自拍（解密，审计） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    which: "cassette" | "selfie";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核通过（计为阴性检测） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            receivedAt: string;
                            date: string;
                            /** @enum {string} */
                            basis: "leave" | "permission";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                            deviceTime: string | null;
                            hasLocation: boolean;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            } | null;
                            cassetteType: string;
                            selfieType: string;
                            clockDriftSeconds: number | null;
                            location: {
                                latitude: number;
                                longitude: number;
                                accuracy: number | null;
                            } | null;
                            locationError: string | null;
                            clientExif: {
                                [key: string]: unknown;
                            };
                            serverExif: {
                                [key: string]: unknown;
                            };
                            note: string | null;
                            decisionReason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/uploads/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 审核不通过（按未检测，或须重新检测） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "missed" | "retest";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            receivedAt: string;
                            date: string;
                            /** @enum {string} */
                            basis: "leave" | "permission";
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                            deviceTime: string | null;
                            hasLocation: boolean;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            } | null;
                            cassetteType: string;
                            selfieType: string;
                            clockDriftSeconds: number | null;
                            location: {
                                latitude: number;
                                longitude: number;
                                accuracy: number | null;
                            } | null;
                            locationError: string | null;
                            clientExif: {
                                [key: string]: unknown;
                            };
                            serverExif: {
                                [key: string]: unknown;
                            };
                            note: string | null;
                            decisionReason: string | null;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/remote-permissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 异地检测准许记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            reason: string;
                            grantedBy: {
                                id: string;
                                name: string;
                            };
                            grantedAt: string;
                            revokedAt: string | null;
                            active: boolean;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 准许异地检测 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        from: string;
                        to: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            reason: string;
                            grantedBy: {
                                id: string;
                                name: string;
                            };
                            grantedAt: string;
                            revokedAt: string | null;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/remote-permissions/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤销异地检测准许 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            from: string;
                            to: string;
                            reason: string;
                            grantedBy: {
                                id: string;
                                name: string;
                            };
                            grantedAt: string;
                            revokedAt: string | null;
                            active: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/uploads/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 能否异地检测 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed: boolean;
                            /** @enum {string|null} */
                            basis: "leave" | "permission" | null;
                            until: string | null;
                            reason: string | null;
                            window: {
                                testId: string;
                                start: string;
                                deadline: string;
                                /** @enum {string} */
                                plan: "scheduled" | "random" | "extra";
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的异地检测上传 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            receivedAt: string;
                            date: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                            reason: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 异地检测上传（试剂盒照片或视频 cassette + 自拍 selfie，multipart） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            receivedAt: string;
                            date: string;
                            /** @enum {string} */
                            status: "pending" | "approved" | "rejected_missed" | "rejected_retest";
                            reason: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的可预约时段 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "weekly" | "once";
                            weekday: number | null;
                            date: string | null;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 发布可预约时段（每周固定或指定日期） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "weekly" | "once";
                        weekday?: number | null;
                        date?: string | null;
                        startTime: string;
                        durationMinutes: number;
                        /** @enum {string} */
                        mode: "online" | "phone" | "in_person";
                        place?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "weekly" | "once";
                            weekday: number | null;
                            date: string | null;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/availability/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** 停止开放该时段（已有预约不受影响） */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的咨询预约（待确认在前） */
        get: {
            parameters: {
                query?: {
                    status?: "requested" | "confirmed" | "completed" | "cancelled";
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                counsellor: {
                                    id: string;
                                    name: string;
                                };
                                date: string;
                                startTime: string;
                                durationMinutes: number;
                                /** @enum {string} */
                                mode: "online" | "phone" | "in_person";
                                place: string | null;
                                /** @enum {string} */
                                status: "requested" | "confirmed" | "completed" | "cancelled";
                                /** @enum {string|null} */
                                cancelledBy: "person" | "counsellor" | null;
                                cancelReason: string | null;
                                createdAt: string;
                                confirmedAt: string | null;
                                completedAt: string | null;
                                cancelledAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/bookings/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 确认预约 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/bookings/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记咨询已完成 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 咨询师取消预约（须填原因） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/bookings/{id}/note": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 咨询记录（仅本场咨询的咨询师，留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingId: string;
                            body: string;
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                        } | null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 保存咨询记录（加密存储） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bookingId: string;
                            body: string;
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 辖区内的心理自评结果（未跟进的预警在前） */
        get: {
            parameters: {
                query?: {
                    openAlerts?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                total: number;
                                maxTotal: number;
                                /** @enum {string} */
                                severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                alert: boolean;
                                alertReasons: ("severe_score" | "self_harm_thoughts")[];
                                createdAt: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                answers: number[];
                                reviewedAt: string | null;
                                reviewedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/screenings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 自评详情（含每题作答，留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            instrument: "phq9" | "gad7";
                            total: number;
                            maxTotal: number;
                            /** @enum {string} */
                            severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                            alert: boolean;
                            alertReasons: ("severe_score" | "self_harm_thoughts")[];
                            createdAt: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            answers: number[];
                            reviewedAt: string | null;
                            reviewedBy: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/screenings/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记预警跟进情况（办结预警待办） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            instrument: "phq9" | "gad7";
                            total: number;
                            maxTotal: number;
                            /** @enum {string} */
                            severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                            alert: boolean;
                            alertReasons: ("severe_score" | "self_harm_thoughts")[];
                            createdAt: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            answers: number[];
                            reviewedAt: string | null;
                            reviewedBy: {
                                id: string;
                                name: string;
                            } | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/counselling/clients/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 来访者的自评与咨询历史（咨询师） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            screenings: {
                                id: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                total: number;
                                maxTotal: number;
                                /** @enum {string} */
                                severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                alert: boolean;
                                alertReasons: ("severe_score" | "self_harm_thoughts")[];
                                createdAt: string;
                            }[];
                            sessions: {
                                id: string;
                                date: string;
                                startTime: string;
                                /** @enum {string} */
                                status: "requested" | "confirmed" | "completed" | "cancelled";
                                counsellor: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                            person: {
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/counselling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的心理自评分数与咨询安排（不含作答与咨询记录） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            screenings: {
                                id: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                total: number;
                                maxTotal: number;
                                /** @enum {string} */
                                severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                alert: boolean;
                                alertReasons: ("severe_score" | "self_harm_thoughts")[];
                                createdAt: string;
                            }[];
                            sessions: {
                                id: string;
                                date: string;
                                startTime: string;
                                /** @enum {string} */
                                status: "requested" | "confirmed" | "completed" | "cancelled";
                                counsellor: {
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/counselling/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 可预约的咨询时段（未来两周） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            availabilityId: string;
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/counselling/bookings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的咨询预约 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 预约心理咨询 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        availabilityId: string;
                        date: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/counselling/bookings/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 取消我的咨询预约 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            counsellor: {
                                id: string;
                                name: string;
                            };
                            date: string;
                            startTime: string;
                            durationMinutes: number;
                            /** @enum {string} */
                            mode: "online" | "phone" | "in_person";
                            place: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "completed" | "cancelled";
                            /** @enum {string|null} */
                            cancelledBy: "person" | "counsellor" | null;
                            cancelReason: string | null;
                            createdAt: string;
                            confirmedAt: string | null;
                            completedAt: string | null;
                            cancelledAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/counselling/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的心理自评记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            instrument: "phq9" | "gad7";
                            total: number;
                            maxTotal: number;
                            /** @enum {string} */
                            severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                            alert: boolean;
                            alertReasons: ("severe_score" | "self_harm_thoughts")[];
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 提交心理自评（PHQ-9 / GAD-7，服务器计分） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        instrument: "phq9" | "gad7";
                        answers: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            instrument: "phq9" | "gad7";
                            total: number;
                            maxTotal: number;
                            /** @enum {string} */
                            severity: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                            alert: boolean;
                            alertReasons: ("severe_score" | "self_harm_thoughts")[];
                            createdAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 帮扶申请（按类别、状态筛选，按姓名搜索） */
        get: {
            parameters: {
                query?: {
                    type?: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                    status?: "submitted" | "in_progress" | "concluded" | "withdrawn";
                    q?: string;
                    personId?: string;
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                                otherType: string | null;
                                /** @enum {string} */
                                status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                                /** @enum {string|null} */
                                outcome: "helped" | "declined" | null;
                                attachmentCount: number;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 帮扶申请详情（留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 查看申请附件（留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 受理（已提交 → 受理中） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assistance/{id}/conclude": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 办结（已帮扶 / 未获批） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "helped" | "declined";
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/assistance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的帮扶申请 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        }[];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 提交帮扶申请（multipart：type、otherType、description 与至多 3 个附件；无附件时可用 JSON） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/assistance/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 撤回我的帮扶申请（办结前） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            /** @enum {string} */
                            type: "employment" | "skills_training" | "startup_loan" | "subsistence" | "medical_aid" | "other";
                            otherType: string | null;
                            description: string;
                            /** @enum {string} */
                            status: "submitted" | "in_progress" | "concluded" | "withdrawn";
                            /** @enum {string|null} */
                            outcome: "helped" | "declined" | null;
                            outcomeText: string | null;
                            attachments: {
                                id: string;
                                name: string;
                                mime: string;
                                size: number;
                            }[];
                            events: {
                                /** @enum {string} */
                                kind: "submitted" | "accepted" | "helped" | "declined" | "withdrawn";
                                at: string;
                                by: {
                                    id: string;
                                    name: string;
                                } | null;
                                note: string | null;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/assistance/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的申请附件 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "application/pdf": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程列表（本级及下级的课程，和上级发布到本辖区的课程） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    q?: string;
                    status?: "draft" | "published";
                    category?: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                summary: string;
                                /** @enum {string} */
                                category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                                creditHours: number;
                                /** @enum {string} */
                                status: "draft" | "published";
                                coverMediaId: string | null;
                                lessonCount: number;
                                scope: {
                                    id: string;
                                    name: string;
                                };
                                starter: boolean;
                                editable: boolean;
                                updatedAt: string;
                                publishedAt: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 新建课程（草稿；面向本单位辖区的人员） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        summary?: string;
                        /** @enum {string} */
                        category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                        creditHours: number;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        coverMediaId?: string | null;
                        /** @default [] */
                        lessons?: {
                            /** Format: uuid */
                            id?: string;
                            title: string;
                            /** @default  */
                            body?: string;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            videoMediaId?: string | null;
                            /** @default null */
                            quiz?: {
                                questions: {
                                    text: string;
                                    options: string[];
                                    answer: number;
                                }[];
                                passMark: number;
                            } | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            coverMediaId: string | null;
                            lessonCount: number;
                            scope: {
                                id: string;
                                name: string;
                            };
                            starter: boolean;
                            editable: boolean;
                            updatedAt: string;
                            publishedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                        answer: number;
                                    }[];
                                    passMark: number;
                                } | null;
                            }[];
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "video";
                                mime: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程详情（含课节、测验答案、媒体） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            coverMediaId: string | null;
                            lessonCount: number;
                            scope: {
                                id: string;
                                name: string;
                            };
                            starter: boolean;
                            editable: boolean;
                            updatedAt: string;
                            publishedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                        answer: number;
                                    }[];
                                    passMark: number;
                                } | null;
                            }[];
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "video";
                                mime: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 保存课程（整门课程，课节按顺序；带 id 的课节保留学习进度） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @default  */
                        summary?: string;
                        /** @enum {string} */
                        category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                        creditHours: number;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        coverMediaId?: string | null;
                        /** @default [] */
                        lessons?: {
                            /** Format: uuid */
                            id?: string;
                            title: string;
                            /** @default  */
                            body?: string;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            videoMediaId?: string | null;
                            /** @default null */
                            quiz?: {
                                questions: {
                                    text: string;
                                    options: string[];
                                    answer: number;
                                }[];
                                passMark: number;
                            } | null;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            coverMediaId: string | null;
                            lessonCount: number;
                            scope: {
                                id: string;
                                name: string;
                            };
                            starter: boolean;
                            editable: boolean;
                            updatedAt: string;
                            publishedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                        answer: number;
                                    }[];
                                    passMark: number;
                                } | null;
                            }[];
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "video";
                                mime: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        /** 删除未发布且无人学习过的课程 */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/courses/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 发布课程 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            coverMediaId: string | null;
                            lessonCount: number;
                            scope: {
                                id: string;
                                name: string;
                            };
                            starter: boolean;
                            editable: boolean;
                            updatedAt: string;
                            publishedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                        answer: number;
                                    }[];
                                    passMark: number;
                                } | null;
                            }[];
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "video";
                                mime: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/courses/{id}/unpublish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 下架课程（人员不再看到；已记学时保留） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            /** @enum {string} */
                            status: "draft" | "published";
                            coverMediaId: string | null;
                            lessonCount: number;
                            scope: {
                                id: string;
                                name: string;
                            };
                            starter: boolean;
                            editable: boolean;
                            updatedAt: string;
                            publishedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                        answer: number;
                                    }[];
                                    passMark: number;
                                } | null;
                            }[];
                            media: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "image" | "video";
                                mime: string;
                                size: number;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/courses/{id}/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 上传课程图片（≤ 2 MB）或视频（MP4/WebM，≤ 20 MB），按内容识别类型 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "image" | "video";
                            mime: string;
                            size: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程媒体文件（工作人员） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/learning/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 学习统计：各课程在本辖区的学习人数与完成人数 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                                /** @enum {string} */
                                status: "draft" | "published";
                                creditHours: number;
                                learners: number;
                                completions: number;
                            }[];
                            totalCompletions: number;
                            totalHours: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/learning": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的学习记录：学时与课程（查看即留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hours: number;
                            completedCount: number;
                            courses: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                /** @enum {string} */
                                category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                                creditHours: number;
                                lessonsDone: number;
                                lessonCount: number;
                                completedAt: string | null;
                                hoursCredited: number;
                                lastActivityAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/courses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的课程：已发布到我所在地区的课程与学习进度 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                summary: string;
                                /** @enum {string} */
                                category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                                creditHours: number;
                                coverMediaId: string | null;
                                lessonCount: number;
                                lessonsDone: number;
                                completedAt: string | null;
                            }[];
                            hoursEarned: number;
                            completedCount: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/courses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程内容与我的进度（测验不含答案） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            summary: string;
                            /** @enum {string} */
                            category: "law" | "drug_harm" | "relapse_prevention" | "mental_health" | "job_skills";
                            creditHours: number;
                            coverMediaId: string | null;
                            lessonCount: number;
                            lessonsDone: number;
                            completedAt: string | null;
                            lessons: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                body: string;
                                videoMediaId: string | null;
                                quiz: {
                                    questions: {
                                        text: string;
                                        options: string[];
                                    }[];
                                    passMark: number;
                                } | null;
                                progress: {
                                    read: boolean;
                                    videoPercent: number;
                                    quizPassed: boolean;
                                    quizAttempts: number;
                                    completed: boolean;
                                };
                            }[];
                            mediaIds: string[];
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/courses/{id}/lessons/{lessonId}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 记录学习进度（读完正文 / 视频观看进度）；课程全部完成时记学时，只记一次 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lessonId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default false */
                        read?: boolean;
                        videoPercent?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lesson: {
                                read: boolean;
                                videoPercent: number;
                                quizPassed: boolean;
                                quizAttempts: number;
                                completed: boolean;
                            };
                            courseCompleted: boolean;
                            hoursCredited: number;
                            hoursEarned: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/courses/{id}/lessons/{lessonId}/quiz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 提交测验答案，立即评分（可重做） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    lessonId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lesson: {
                                read: boolean;
                                videoPercent: number;
                                quizPassed: boolean;
                                quizAttempts: number;
                                completed: boolean;
                            };
                            courseCompleted: boolean;
                            hoursCredited: number;
                            hoursEarned: number;
                            correct: number;
                            total: number;
                            passMark: number;
                            passed: boolean;
                            marks: boolean[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/learning/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 课程图片或视频 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                        "image/gif": components["schemas"]["ErrorBody"];
                        "video/mp4": components["schemas"]["ErrorBody"];
                        "video/webm": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本期报到状态与我的报到记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                key: string;
                                start: string;
                                lastDay: string;
                                intervalMonths: number;
                                owed: boolean;
                                done: boolean;
                            } | null;
                            items: {
                                id: string;
                                periodKey: string;
                                at: string;
                                date: string;
                                /** @enum {string} */
                                mood: "good" | "ok" | "bad" | "very_bad";
                                /** @enum {string} */
                                work: "employed" | "unemployed" | "seeking";
                                needs: ("employment" | "training" | "psychological" | "medical" | "hardship" | "other")[];
                                callback: boolean;
                                followUpPlanned: boolean;
                                followedUp: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 在线报到（multipart：answers 为问卷 JSON，selfie 为自拍照 JPEG/PNG/WebP ≤ 5 MB） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            periodKey: string;
                            at: string;
                            date: string;
                            /** @enum {string} */
                            mood: "good" | "ok" | "bad" | "very_bad";
                            /** @enum {string} */
                            work: "employed" | "unemployed" | "seeking";
                            needs: ("employment" | "training" | "psychological" | "medical" | "hardship" | "other")[];
                            callback: boolean;
                            followUpPlanned: boolean;
                            followedUp: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 在线报到列表（可按周期、需回访、姓名筛选） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    period?: string;
                    flagged?: "all" | "flagged" | "open";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                periodKey: string;
                                at: string;
                                /** @enum {string} */
                                mood: "good" | "ok" | "bad" | "very_bad";
                                /** @enum {string} */
                                work: "employed" | "unemployed" | "seeking";
                                callback: boolean;
                                flags: ("mood_very_bad" | "mood_bad_twice" | "callback" | "need_psychological" | "need_hardship")[];
                                followup: {
                                    /** @enum {string} */
                                    outcome: "reached" | "not_reached" | "referred" | "no_action";
                                    by: {
                                        id: string;
                                        name: string;
                                    };
                                    at: string;
                                    note: string;
                                } | null;
                                /** @enum {string} */
                                locationStatus: "ok" | "denied" | "unavailable";
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkins/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报到详情（查看留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            periodKey: string;
                            at: string;
                            /** @enum {string} */
                            mood: "good" | "ok" | "bad" | "very_bad";
                            /** @enum {string} */
                            work: "employed" | "unemployed" | "seeking";
                            callback: boolean;
                            flags: ("mood_very_bad" | "mood_bad_twice" | "callback" | "need_psychological" | "need_hardship")[];
                            followup: {
                                /** @enum {string} */
                                outcome: "reached" | "not_reached" | "referred" | "no_action";
                                by: {
                                    id: string;
                                    name: string;
                                };
                                at: string;
                                note: string;
                            } | null;
                            /** @enum {string} */
                            locationStatus: "ok" | "denied" | "unavailable";
                            date: string;
                            needs: ("employment" | "training" | "psychological" | "medical" | "hardship" | "other")[];
                            needsOther: string | null;
                            location: {
                                /** @enum {string} */
                                status: "ok";
                                latitude: number;
                                longitude: number;
                                accuracy: number | null;
                            } | {
                                /** @enum {string} */
                                status: "denied" | "unavailable";
                            };
                            deviceTime: string | null;
                            hasSelfie: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkins/{id}/selfie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 报到自拍照（查看留痕） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "image/jpeg": components["schemas"]["ErrorBody"];
                        "image/png": components["schemas"]["ErrorBody"];
                        "image/webp": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkins/{id}/followup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 登记回访（关闭回访待办） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "reached" | "not_reached" | "referred" | "no_action";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            periodKey: string;
                            at: string;
                            /** @enum {string} */
                            mood: "good" | "ok" | "bad" | "very_bad";
                            /** @enum {string} */
                            work: "employed" | "unemployed" | "seeking";
                            callback: boolean;
                            flags: ("mood_very_bad" | "mood_bad_twice" | "callback" | "need_psychological" | "need_hardship")[];
                            followup: {
                                /** @enum {string} */
                                outcome: "reached" | "not_reached" | "referred" | "no_action";
                                by: {
                                    id: string;
                                    name: string;
                                };
                                at: string;
                                note: string;
                            } | null;
                            /** @enum {string} */
                            locationStatus: "ok" | "denied" | "unavailable";
                            date: string;
                            needs: ("employment" | "training" | "psychological" | "medical" | "hardship" | "other")[];
                            needsOther: string | null;
                            location: {
                                /** @enum {string} */
                                status: "ok";
                                latitude: number;
                                longitude: number;
                                accuracy: number | null;
                            } | {
                                /** @enum {string} */
                                status: "denied" | "unavailable";
                            };
                            deviceTime: string | null;
                            hasSelfie: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的在线报到记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            periodKey: string;
                            at: string;
                            /** @enum {string} */
                            mood: "good" | "ok" | "bad" | "very_bad";
                            /** @enum {string} */
                            work: "employed" | "unemployed" | "seeking";
                            callback: boolean;
                            flags: ("mood_very_bad" | "mood_bad_twice" | "callback" | "need_psychological" | "need_hardship")[];
                            followup: {
                                /** @enum {string} */
                                outcome: "reached" | "not_reached" | "referred" | "no_action";
                                by: {
                                    id: string;
                                    name: string;
                                };
                                at: string;
                                note: string;
                            } | null;
                            /** @enum {string} */
                            locationStatus: "ok" | "denied" | "unavailable";
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/checkin-policies/{countyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县（区）在线报到政策 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intervalMonths: 1 | 2 | 3 | 6;
                            remindDays: number;
                            countyId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 设置县（区）在线报到政策 */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        intervalMonths: 1 | 2 | 3 | 6;
                        remindDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            intervalMonths: 1 | 2 | 3 | 6;
                            remindDays: number;
                            countyId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的外出报告（请假） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        /** 外出报告：离开执行地所在县（市、区）3日以上须书面报告，提交即视为已报告（戒毒条例第十九条）；本县协议约定须经同意的，为请假申请（地方政策） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        destination: string;
                        destinationCountyId?: string | null;
                        from: string;
                        to: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/leave-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 本县外出报告政策：仅书面报告（法定），或协议约定须经同意（地方政策） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalRequired: boolean;
                            countyId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/leave/{id}/extension": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 续报（或按地方政策申请续假）：报告新的返回日期 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/leave/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 销假（已返回执行地） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 外出报告（请假）列表（待知悉、待审批、续假、超时在前） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    status?: "todo" | "all" | "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                person: {
                                    id: string;
                                    name: string;
                                };
                                measureId: string;
                                /** @enum {string} */
                                mode: "report" | "approval";
                                /** @enum {string} */
                                status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                                destination: string;
                                destinationCountyId: string | null;
                                from: string;
                                to: string;
                                originalTo: string;
                                days: number;
                                needsReport: boolean;
                                reason: string;
                                requestedAt: string;
                                decisionDeadline: string;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                decisionNote: string | null;
                                extension: {
                                    to: string;
                                    reason: string;
                                    requestedAt: string;
                                    deadline: string;
                                    /** @enum {string|null} */
                                    decision: "approved" | "refused" | "acknowledged" | null;
                                    decidedBy: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    decidedAt: string | null;
                                    note: string | null;
                                } | null;
                                returnedOn: string | null;
                                overstayDays: number;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 请假申请 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/leave-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 人员的请假记录 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        }[];
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 已知悉外出报告（或其续报），可附关注意见（戒毒条例第十九条：报告无须审批） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意请假（地方政策）；对外出报告即为“已知悉” */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不同意请假（仅限协议约定须经同意的县，地方政策；外出报告不能拒绝） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/extension/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 同意续假（地方政策）；对续报即为“已知悉” */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-requests/{id}/extension/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 不同意续假（仅限地方政策；续报不能拒绝） */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            person: {
                                id: string;
                                name: string;
                            };
                            measureId: string;
                            /** @enum {string} */
                            mode: "report" | "approval";
                            /** @enum {string} */
                            status: "reported" | "acknowledged" | "pending" | "approved" | "refused" | "extension" | "overdue" | "lapsed" | "closed";
                            destination: string;
                            destinationCountyId: string | null;
                            from: string;
                            to: string;
                            originalTo: string;
                            days: number;
                            needsReport: boolean;
                            reason: string;
                            requestedAt: string;
                            decisionDeadline: string;
                            decidedBy: {
                                id: string;
                                name: string;
                            } | null;
                            decidedAt: string | null;
                            decisionNote: string | null;
                            extension: {
                                to: string;
                                reason: string;
                                requestedAt: string;
                                deadline: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | "acknowledged" | null;
                                decidedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                decidedAt: string | null;
                                note: string | null;
                            } | null;
                            returnedOn: string | null;
                            overstayDays: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/leave-policies/{countyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 县（区）外出报告政策（是否另须审批：地方政策） */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalRequired: boolean;
                            countyId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        /** 设置县（区）外出报告政策（协议约定外出须经同意的，为地方政策） */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    countyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        approvalRequired: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvalRequired: boolean;
                            countyId: string;
                            updatedAt: string | null;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 首页：我的措施与期限进度、下一次检测、待办事项、未读消息数 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                id: string;
                                name: string;
                            };
                            today: string;
                            measure: {
                                id: string;
                                /** @enum {string} */
                                type: "community_detox" | "community_rehab";
                                /** @enum {string} */
                                status: "pending_report" | "executing" | "suspended" | "refused" | "terminated" | "released";
                                township: {
                                    id: string;
                                    name: string;
                                };
                                termStart: string | null;
                                termEnd: string | null;
                                progressPercent: number | null;
                                daysLeft: number | null;
                                reportDeadline: string;
                                reportOverdue: boolean;
                            } | null;
                            nextTest: {
                                id: string;
                                /** @enum {string} */
                                status: "due" | "upcoming";
                                windowStart: string;
                                lastDay: string;
                                daysToClose: number;
                            } | null;
                            due: {
                                kind: string;
                                title: string;
                                detail: string;
                                date: string | null;
                                link: string;
                                urgent: boolean;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 我的消息（最新在前），含未读数 */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                title: string;
                                body: string;
                                link: string | null;
                                createdAt: string;
                                readAt: string | null;
                            }[];
                            total: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 标记一条消息为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 全部标为已读 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            updated: number;
                            unread: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/push/key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 网页推送的 VAPID 公钥 */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            publicKey: string;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/push/subscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 在本设备上接收消息推送 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        endpoint: string;
                        keys: {
                            p256dh: string;
                            auth: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscribed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/m/push/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** 本设备不再接收消息推送 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        endpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            subscribed: boolean;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 审计日志查询（本辖区；管理员） */
        get: {
            parameters: {
                query?: {
                    page?: number;
                    pageSize?: number;
                    action?: string;
                    actorId?: string;
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                at: string;
                                actorId: string | null;
                                actorName: string | null;
                                action: string;
                                targetType: string;
                                targetId: string | null;
                                ip: string | null;
                                reason: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                actorRole: string | null;
                            }[];
                            total: number;
                        };
                    };
                };
                /** @description Default Response */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "4XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
                /** @description Default Response */
                "5XX": {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ErrorBody"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @enum {string} */
        ErrorCodeInput: "VALIDATION" | "BAD_REQUEST" | "EMPTY_FILE" | "TOO_MANY_FILES" | "SELFIE_REQUIRED" | "LEAVE_WITHIN_COUNTY" | "DATE_OUT_OF_RANGE" | "FEMALE_COLLECTOR_REQUIRED" | "RECORDER_NOT_COLLECTOR" | "TEST_OUTSIDE_WINDOW" | "CREDIT_NOT_ALLOWED" | "CREDIT_BASIS_REQUIRED" | "EXECUTION_PLACE_MISMATCH" | "FIXED_RESIDENCE_REQUIRED" | "RESIDENCE_UNKNOWN" | "PASSWORD_UNCHANGED" | "WRONG_PASSWORD" | "IDEMPOTENCY_KEY_INVALID" | "ACTIVATION_INVALID" | "INVALID_CHARACTER" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "CROSS_SITE_REQUEST" | "REMOTE_NOT_ALLOWED" | "NOT_FOUND" | "ALREADY_BOOKED" | "ALREADY_REPORTED" | "ALREADY_REVOKED" | "APPOINTMENT_CLOSED" | "ASSISTANCE_STATE" | "BOOKING_NOT_YET" | "BOOKING_PAST" | "BOOKING_STATE" | "CHECKIN_FOLLOWED_UP" | "COURSE_EMPTY" | "COURSE_HAS_LEARNERS" | "COURSE_PUBLISHED" | "DUPLICATE_ID_NUMBER" | "DUPLICATE_REVIEW" | "IDEMPOTENCY_IN_PROGRESS" | "INVALID_TRANSITION" | "LEAVE_ENDED" | "LEAVE_NEEDS_DECISION" | "LEAVE_NOT_REFUSABLE" | "LEAVE_NOT_STARTED" | "LEAVE_OVERLAPS" | "LEAVE_PAST" | "LEAVE_STATE" | "LESSON_EMPTY" | "MEASURE_ALREADY_LIVE" | "MEASURE_CLOSED" | "NO_MEASURE" | "NO_QUIZ" | "NO_REFUSAL_CANDIDATE" | "NO_TEST_DUE" | "NOT_RELEASED" | "NOT_REPORTED" | "NOT_TODAY" | "PHONE_IN_USE" | "RELEASE_NOTICE_MISSING" | "SCREENING_NO_ALERT" | "SCREENING_REVIEWED" | "SLOT_FULL" | "SLOT_STARTED" | "SLOT_TAKEN" | "SLOT_UNAVAILABLE" | "STATION_CLOSED" | "SWEEP_RUNNING" | "TASK_CLOSED" | "TEST_CLOSED" | "TEST_REFUSAL_RECORDED" | "TOO_MANY_BOOKINGS" | "UPLOAD_DECIDED" | "UPLOAD_PENDING" | "USERNAME_TAKEN" | "VIOLATION_DECIDED" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "INTERNAL";
        ErrorBodyInput: {
            code: components["schemas"]["ErrorCodeInput"];
            message: string;
            correlationId?: string;
            issues?: {
                path: string;
                message: string;
            }[];
        };
        /** @enum {string} */
        ErrorCode: "VALIDATION" | "BAD_REQUEST" | "EMPTY_FILE" | "TOO_MANY_FILES" | "SELFIE_REQUIRED" | "LEAVE_WITHIN_COUNTY" | "DATE_OUT_OF_RANGE" | "FEMALE_COLLECTOR_REQUIRED" | "RECORDER_NOT_COLLECTOR" | "TEST_OUTSIDE_WINDOW" | "CREDIT_NOT_ALLOWED" | "CREDIT_BASIS_REQUIRED" | "EXECUTION_PLACE_MISMATCH" | "FIXED_RESIDENCE_REQUIRED" | "RESIDENCE_UNKNOWN" | "PASSWORD_UNCHANGED" | "WRONG_PASSWORD" | "IDEMPOTENCY_KEY_INVALID" | "ACTIVATION_INVALID" | "INVALID_CHARACTER" | "UNAUTHENTICATED" | "BAD_CREDENTIALS" | "FORBIDDEN" | "PASSWORD_CHANGE_REQUIRED" | "CROSS_SITE_REQUEST" | "REMOTE_NOT_ALLOWED" | "NOT_FOUND" | "ALREADY_BOOKED" | "ALREADY_REPORTED" | "ALREADY_REVOKED" | "APPOINTMENT_CLOSED" | "ASSISTANCE_STATE" | "BOOKING_NOT_YET" | "BOOKING_PAST" | "BOOKING_STATE" | "CHECKIN_FOLLOWED_UP" | "COURSE_EMPTY" | "COURSE_HAS_LEARNERS" | "COURSE_PUBLISHED" | "DUPLICATE_ID_NUMBER" | "DUPLICATE_REVIEW" | "IDEMPOTENCY_IN_PROGRESS" | "INVALID_TRANSITION" | "LEAVE_ENDED" | "LEAVE_NEEDS_DECISION" | "LEAVE_NOT_REFUSABLE" | "LEAVE_NOT_STARTED" | "LEAVE_OVERLAPS" | "LEAVE_PAST" | "LEAVE_STATE" | "LESSON_EMPTY" | "MEASURE_ALREADY_LIVE" | "MEASURE_CLOSED" | "NO_MEASURE" | "NO_QUIZ" | "NO_REFUSAL_CANDIDATE" | "NO_TEST_DUE" | "NOT_RELEASED" | "NOT_REPORTED" | "NOT_TODAY" | "PHONE_IN_USE" | "RELEASE_NOTICE_MISSING" | "SCREENING_NO_ALERT" | "SCREENING_REVIEWED" | "SLOT_FULL" | "SLOT_STARTED" | "SLOT_TAKEN" | "SLOT_UNAVAILABLE" | "STATION_CLOSED" | "SWEEP_RUNNING" | "TASK_CLOSED" | "TEST_CLOSED" | "TEST_REFUSAL_RECORDED" | "TOO_MANY_BOOKINGS" | "UPLOAD_DECIDED" | "UPLOAD_PENDING" | "USERNAME_TAKEN" | "VIOLATION_DECIDED" | "PAYLOAD_TOO_LARGE" | "FILE_TOO_LARGE" | "UNSUPPORTED_MEDIA_TYPE" | "UNSUPPORTED_FILE_TYPE" | "IDEMPOTENCY_KEY_REUSED" | "RATE_LIMITED" | "INTERNAL";
        ErrorBody: {
            code: components["schemas"]["ErrorCode"];
            message: string;
            correlationId?: string;
            issues?: {
                path: string;
                message: string;
            }[];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
