; A274332: Team size n for which there exists a balanced tournament for 2n+1 players so that in 2n+1 matches each player plays exactly n-1 times with and n times against each other player.
; Formula: a(n) = truncate(b(n)/2), b(n) = A151800(b(n-1)), b(0) = 3
; 1,2,3,5,6,8,9,11,14,15,18,20,21,23,26,29,30,33

add $1,3
lpb $0
  seq $1,151800
  sub $0,1
lpe
mov $0,$1
div $0,2
