; A007334: Number of spanning trees in the graph K_{n}/e, which results from contracting an edge e in the complete graph K_{n} on n vertices (for n>=2).
; Formula: a(n) = lodapow(n,n-2)-truncate((n-2)*lodapow(n,n-2)/n)
; 1,2,8,50,432,4802,65536,1062882,20000000,428717762,10319560704,275716983698,8099130339328,259492675781250,9007199254740992,336755653118801858,13493281232954916864,576882827135242335362,26214400000000000000000

#offset 2

sub $0,2
mov $1,$0
add $0,2
mov $2,$0
pow $2,$1
mul $1,$2
div $1,$0
sub $2,$1
mov $0,$2
