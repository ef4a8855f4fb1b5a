; A397583: Number of ways to tile a 2 X n strip with one corner missing, using squares, dominoes, and T-shaped tetrominoes.
; 0,1,3,11,38,132,458,1589,5513,19127,66360,230232,798776,2771305,9614875,33358227,115734350,401533324,1393095570,4833260781,16768705809,58178010095,201845085552,700289310256,2429611385968,8429389682769,29245257424435,101464650942619

sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,3
lpb $0
  sub $2,$1
  add $2,$4
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  add $2,1
  sub $3,$2
  sub $3,$1
  sub $4,$1
  sub $2,$1
  sub $2,$1
  add $2,$3
  add $1,$3
  sub $2,$1
lpe
mov $0,$1
div $0,-3
