; A158865: Smallest maximal excess attained by an equivalence class of Hadamard matrices of order 4n.
; 0,8,20,36,56,80,108,140

add $0,3
sub $0,1
mov $3,$0
mov $2,$3
dif $2,$0
lpb $3
  sub $3,1
  add $2,-1
lpe
mul $0,$2
div $0,-1
add $0,1
sub $0,1
sub $0,2
mul $0,2
