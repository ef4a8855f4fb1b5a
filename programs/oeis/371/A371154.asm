; A371154: Maximum number of vertices for a given diameter n of a Cayley digraph on the cyclic group with generators s=1 and t>s.
; Formula: a(n) = truncate(((n+2)*(n+2)-10)/3)+3
; 1,3,5,8,11,16,21,26,33,40,47,56,65,74,85,96,107,120,133,146,161,176,191,208,225,242,261,280,299,320,341,362,385,408,431,456,481,506,533,560,587

add $0,2
mul $0,$0
sub $0,10
div $0,3
add $0,3
