; A291454: Number of half tones between successive pitches in a major scale.
; 2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,$0
add $0,2
add $0,3
lpb $0
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $2,$1
  add $1,$3
  add $2,-1
  sub $3,$2
  add $0,$3
  add $2,$3
  sub $1,$3
lpe
mov $0,$2
add $0,2
