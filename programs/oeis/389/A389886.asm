; A389886: Number of proper 3-partitions of the vertices of the fan graph on n vertices such that every triangle uses exactly 2 colors.
; Formula: a(n) = c(max(n-3,0)), b(n) = -(b(n-1)+c(n-1)), c(n) = c(n-1)+(b(n-1)+c(n-1))+d(n-1), d(n) = 2*d(n-1), b(0) = 0, c(0) = 0, d(0) = 1
; 0,1,4,11,27,62,137,295,624,1303,2695,5534,11301,22979,46568,94123,189843,382270,768721,1544207,3099360,6216431,12461519,24969406,50013837,100149067,200494552,401306915,803128059,1607088158

#offset 3

sub $0,3
mov $1,1
lpb $0
  add $2,$3
  add $3,$2
  mul $2,-1
  sub $0,1
  add $3,$1
  mul $1,2
lpe
mov $0,$3
