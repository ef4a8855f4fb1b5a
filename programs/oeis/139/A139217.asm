; A139217: Smallest positive integer of the form 3k+1 such that all subsets of {a(1),...,a(n)} have a different sum.
; 1,4,7,13,22,49,97,190,385,769,1534,3073,6145,12286

#offset 1

sub $0,1
mov $1,$0
mov $2,1
div $1,3
lpb $0
  sub $0,1
  add $3,$2
  mul $3,2
  mov $2,$1
  sub $1,1
  bin $2,$0
lpe
mov $0,$3
div $0,2
mul $0,3
add $0,1
