; A164057: Complement to A164056, change A164056 bits (0->1; 1->0). Provides a coding template for Petoukhov matrices, relating to DNA codons.
; 1,1,0,1,0,0,1,1,0,0,1,0,0,1,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,1,1,1,0,0,1,0,0,1,1,0,0,0,1,1,0,1,1

add $0,1
sub $0,1
sub $0,1
add $0,3
sub $0,1
mov $3,$0
lpb $3
  dif $3,2
lpe
mov $0,$3
sub $0,4
div $0,2
add $0,1
mod $0,2
mul $0,-1
add $0,1
