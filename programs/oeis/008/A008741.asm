; A008741: Putative number of uniform tight n-dimensional sphere packings (the next 2 numbers are believed to be infinity, 1 ).
; 1,1,1,2,1,4,4,4,1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,3
add $0,$0
add $0,1
lpb $0
  add $3,$2
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  lpb $4
    sub $4,1
    sub $0,1
  lpe
  sub $4,$1
  add $2,$1
  sub $3,$2
  sub $3,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$4
div $0,2
add $0,1
