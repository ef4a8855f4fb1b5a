; A377866: Number of subwords of the form DUUD or DDUUD in nondecreasing Dyck paths of length 2n.
; 0,0,0,1,5,18,59,185,564,1685,4957,14406,41455,118321,335400,945193,2650229,7398330,20573219,57013865,157517532,433993661,1192779085,3270835566,8950887895,24448816993,66665369424,181489721425,493361278949

sub $0,1
add $0,1
sub $0,4
sub $0,1
add $0,1
sub $0,1
sub $0,1
add $0,3
add $1,1
add $0,1
add $0,$0
lpb $0
  sub $3,$1
  add $2,2
  add $1,$3
  add $1,$3
  sub $0,1
  sub $2,$1
  sub $1,1
  sub $4,$3
  sub $3,$2
  sub $2,$1
  sub $3,$1
  add $3,2
  sub $2,$3
  add $2,$4
  add $2,$1
  add $1,$3
lpe
mov $0,$2
div $0,4
