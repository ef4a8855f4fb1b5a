; A118447: Number of rooted n-edge one-vertex maps on the Klein bottle (dually: one-face maps).
; Formula: a(n) = 2*(truncate((2*(lodabin(n+n,n)*n)-4^n)/8)*n)
; 4,42,304,1870,10488,55412,280768,1379286,6616360,31144300,144367584,660746892,2991902704,13424189160,59758420736,264191654758,1160934273288,5074150057916,22071747625120,95596117130724

#offset 2

mov $1,$0
mov $2,4
add $0,$1
bin $0,$1
mul $0,$1
pow $2,$1
mul $0,2
sub $0,$2
div $0,8
mul $0,$1
mul $0,2
