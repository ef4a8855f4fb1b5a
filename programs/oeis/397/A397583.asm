; A397583: Number of ways to tile a 2 X n strip with one corner missing, using squares, dominoes, and T-shaped tetrominoes.
; Formula: a(n) = e(n), b(n) = b(n-1)-e(n-1)-e(n-1), c(n) = truncate(c(n-1)/-1)-e(n-1)+(-d(n-1)+(b(n-1)-e(n-1)-e(n-1))), d(n) = -d(n-1)+(b(n-1)-e(n-1)-e(n-1)), e(n) = e(n-1)-(truncate(c(n-1)/-1)-e(n-1)+(-d(n-1)+(b(n-1)-e(n-1)-e(n-1)))), b(0) = -1, c(0) = 0, d(0) = 0, e(0) = 0
; 0,1,3,11,38,132,458,1589,5513,19127,66360,230232,798776,2771305,9614875,33358227,115734350,401533324,1393095570,4833260781,16768705809,58178010095,201845085552,700289310256,2429611385968,8429389682769,29245257424435,101464650942619

mov $1,-1
lpb $0
  sub $1,$3
  div $2,-1
  sub $0,1
  mul $4,-1
  sub $1,$3
  sub $2,$3
  add $4,$1
  add $2,$4
  sub $3,$2
lpe
mov $0,$3
