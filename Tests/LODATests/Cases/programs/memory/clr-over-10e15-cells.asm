; case: clr over 10^15 cells
; from: written here
; note: regions far longer than memory cost time for the cells that hold values only; the reference prints 0,0 at once (clr visits existing cells)
; terms: 2
; expect: 0,0
clr $0,1000000000000000
