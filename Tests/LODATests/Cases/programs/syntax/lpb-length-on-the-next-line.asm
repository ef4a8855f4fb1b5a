; case: lpb length on the next line
; from: written here
; expect:
; error: {file}:6:1: invalid identifier
lpb $0
,5
