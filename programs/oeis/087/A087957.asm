; A087957: a(n) is the square of the n-th partial sum minus the n-th partial sum of the squares, divided by a(n-1), for all n>=1, starting with a(0)=1, a(1)=4.
; 1,4,2,14,16,56,90,242,456,1092,2218,5038,10600,23496,50258,110146,237424,517604,1119730,2435118,5276704,11462328,24857322,53967602,117077240,254122724,551386842,1196677774,2596715576,5635362056

mov $1,$0
pow $2,$0
mov $0,1
mov $3,3
lpb $1
  add $3,$0
  add $0,$2
  mul $3,-1
  sub $2,$3
  sub $1,1
  add $3,$0
lpe
mov $0,$2
