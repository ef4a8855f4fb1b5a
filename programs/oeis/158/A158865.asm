; A158865: Smallest maximal excess attained by an equivalence class of Hadamard matrices of order 4n.
; Formula: a(n) = A139570(n)
; 0,8,20,36,56,80,108,140

seq $0,139570
