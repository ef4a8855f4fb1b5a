; A124479: From the game of Quod: number of "squares" on an n X n array of points with the four corner points deleted.
; Formula: a(n) = truncate((c(max(n-1,0))+6)/2), b(n) = b(n-1)+2, c(n) = c(n-1)+e(n-1)+(e(n-1)+(d(n-1)+(b(n-1)+2)))-8, d(n) = d(n-1)+(b(n-1)+2), e(n) = e(n-1)+(d(n-1)+(b(n-1)+2)), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,1,11,37,88,175,311,511,792,1173,1675,2321,3136,4147,5383,6875,8656,10761,13227,16093,19400,23191,27511,32407,37928,44125,51051,58761,67312,76763,87175,98611,111136,124817,139723,155925,173496,192511,213047,235183,259000

#offset 2

sub $0,1
lpb $0
  add $1,2
  add $2,$3
  sub $0,1
  add $4,$1
  add $3,$4
  add $2,$3
  sub $2,8
lpe
mov $0,$2
add $0,6
div $0,2
