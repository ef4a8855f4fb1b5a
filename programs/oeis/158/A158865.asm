; A158865: Smallest maximal excess attained by an equivalence class of Hadamard matrices of order 4n.
; 0,8,20,36,56,80,108,140

add $0,2
lpb $0
  sub $0,1
  add $1,$0
lpe
mov $0,$1
sub $0,1
mul $0,4
