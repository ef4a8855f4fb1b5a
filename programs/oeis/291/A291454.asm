; A291454: Number of half tones between successive pitches in a major scale.
; 2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1,2,2,2,1,2,2,1

#offset 1

sub $0,1
mov $3,$0
mul $3,3
mul $3,5
mul $0,$1
lpb $3
  sub $3,1
  add $0,$3
lpe
mul $0,2
div $0,21
mod $0,2
mul $0,-1
add $0,2
