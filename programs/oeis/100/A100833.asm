; A100833: Smallest positive palindrome-free and squarefree sequence.
; 1,2,3,1,2,4,1,2,3,1,2,5,1,2,3,1,2,4,1,2,3,1,2,6,1,2,3,1,2,4,1,2,3,1,2,5,1,2,3,1,2,4,1,2,3,1,2,7,1,2,3,1,2,4,1,2,3,1,2,5,1,2,3,1,2,4,1,2,3,1,2,6,1,2,3,1,2,4,1,2

#offset 1

sub $0,1
mov $1,1
lpb $0
  lpb $0
    dif $0,3
    mov $1,0
  lpe
  add $2,$1
  trn $0,1
  dif $0,2
lpe
mov $0,$2
add $0,1
