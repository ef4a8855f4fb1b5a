; A366424: The Bo Diddley beat. Periodic musical rhythm, embedded into a sequence of measured regular units of duration for both notes and rests. All terms except a(3 + 6*k) = 2 mark the lengths of notes. a(3 + 6*k) = 2 being a single rest of length 2 within each period of 6, where k >= 0.
; 3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3,2,2,2,4,3,3

#offset 1

sub $0,1
sub $0,1
sub $0,-1
add $0,1
add $2,-1
add $0,2
add $2,-1
lpb $0
  add $2,$3
  sub $0,1
  add $1,$2
  add $2,1
  sub $3,$2
  div $1,-1
lpe
mov $0,$1
sub $0,1
div $0,-1
mul $0,-1
add $0,$2
sub $0,3
div $0,-2
add $0,1
sub $0,2
min $0,$1
add $0,1
sub $0,1
div $0,-1
add $0,2
